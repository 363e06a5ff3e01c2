import type { AppendResults, MeasuredRun } from './append.bench';
import type { ReadAllResults } from './read-all.bench';
import type { RebuildResults } from './rebuild.bench';
import type { CpuSplit } from './support/cpu';
import type { Row } from './support/report';
import { formatMs, formatRate } from './support/stats';

export const APPEND_TARGET = 0.7;
export const READ_ALL_TARGET = 0.5;

export interface Results {
  append?: AppendResults;
  readAll?: ReadAllResults;
  rebuild?: RebuildResults;
}

const latency = (r: MeasuredRun) => `${formatMs(r.p50)} / ${formatMs(r.p99)} ms`;
const cores = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
const cpuText = (c: CpuSplit) =>
  `CPU node ${cores(c.node)} pg ${cores(c.postgres)} others ${cores(c.others)} all ${cores(c.machine)}`;
/** From the baseline towards the port, one difference at a time. */
const DIAGNOSTIC_ORDER = ['INSERT into events-shaped table', "port's unnest INSERT, no hashing", 'port without NOTIFY'];

/** CPU per append: the cost that bounds throughput once the 2 cores are busy. */
const perAppend = (r: MeasuredRun) => {
  const us = (cores: number) => Math.round((cores / r.meanRate) * 1e6);
  const ours = r.cpu.machine - r.cpu.others;
  return `µs CPU/append node ${us(r.cpu.node)} pg ${r.cpu.postgres === null ? 'n/a' : us(r.cpu.postgres)} all-ours ${us(ours)}`;
};
const spread = (rates: number[]) => `${Math.round(Math.min(...rates))}–${Math.round(Math.max(...rates))}`;

/** The figures, each beside the baseline measured in the same run. */
export function headlineRows({ append, readAll, rebuild }: Results): Row[] {
  const rows: Row[] = [];
  append?.port.forEach((port, i) => {
    const raw = append.raw[i];
    const n = `${port.writers} writer${port.writers > 1 ? 's' : ''}`;
    rows.push({
      figure: `append, ${n}: events/s`,
      value: formatRate(port.rate),
      baseline: `${formatRate(raw.rate)} raw INSERT`,
      ratio: port.rate / raw.rate,
      ...(port.writers === 16 ? { target: APPEND_TARGET } : {}),
    });
    rows.push({ figure: `append, ${n}: p50 / p99`, value: latency(port), baseline: latency(raw), ratio: null });
  });
  if (!readAll) return rows;
  const scan = readAll.rates['raw keyset scan'];
  const scanText = `${formatRate(scan)} raw keyset scan`;
  for (const name of ['port, pages of 10,000', 'port, pages of 1,000'] as const) {
    const rate = readAll.rates[name];
    rows.push({ figure: `readAll, ${name.slice(6)}: events/s`, value: formatRate(rate), baseline: scanText, ratio: rate / scan, target: READ_ALL_TARGET });
  }
  if (rebuild) {
    rows.push({ figure: 'rebuild stream_index: events/s', value: formatRate(rebuild.rate), baseline: scanText, ratio: rebuild.rate / scan });
  }
  return rows;
}

/** Steps between baseline and port, with CPU and query counts, to show where the time goes. */
export function diagnosticRows({ append, readAll, rebuild }: Results): Row[] {
  const rows: Row[] = [];
  if (append) {
    append.port.forEach((port, i) => {
      const raw = append.raw[i];
      const steps = DIAGNOSTIC_ORDER.filter((name) => append.diagnostics[`${name}, ${port.writers}`]).map(
        (name): [string, MeasuredRun] => [name, append.diagnostics[`${name}, ${port.writers}`]],
      );
      const runs: [string, MeasuredRun][] = [['raw INSERT', raw], ...steps, ['port', port]];
      for (const [name, r] of runs) {
        rows.push({
          figure: `${port.writers} writer(s): ${name}`,
          value: `${formatRate(r.rate)} (rounds ${spread(r.roundRates)}), ${r.queriesPerOp.toFixed(2)} queries/append, ${cpuText(r.cpu)}, ${perAppend(r)}`,
          baseline: 'raw INSERT',
          ratio: r.rate / raw.rate,
        });
      }
    });
    const c = append.nodeCosts;
    rows.push({
      figure: 'Node µs per event',
      value: `make ${c.makeEvent.toFixed(1)}, seal ${c.seal.toFixed(1)} (canonicalize ${c.canonicalize.toFixed(1)}, sha256 ${c.sha256.toFixed(1)}), stringify ${c.stringify.toFixed(1)}`,
      baseline: '',
      ratio: null,
    });
  }
  if (readAll) {
    const scan = readAll.rates['raw keyset scan'];
    for (const [name, runs] of Object.entries(readAll.runs)) {
      const rate = readAll.rates[name as keyof typeof readAll.rates];
      const last = runs[runs.length - 1];
      rows.push({ figure: `scan: ${name}`, value: `${formatRate(rate)} (runs ${spread(runs.map((r) => r.rate))}), ${cpuText(last.cpu)}`, baseline: 'raw keyset scan', ratio: rate / scan });
    }
  }
  if (rebuild) {
    rows.push({
      figure: 'rebuild: time in readAll',
      value: `${rebuild.readAllSeconds.toFixed(1)} of ${rebuild.seconds.toFixed(1)} s, ${cpuText(rebuild.cpu)}`,
      baseline: '',
      ratio: null,
    });
  }
  return rows;
}
