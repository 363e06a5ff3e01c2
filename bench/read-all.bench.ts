import { START, type PostgresEventStore } from '@app/event-store';
import type { Pool } from 'pg';
import { startCpuMeter, waitForQuiet, type CpuSplit } from './support/cpu';
import { median } from './support/stats';

export interface ScanRun {
  events: number;
  seconds: number;
  rate: number;
  cpu: CpuSplit;
}

export interface ReadAllResults {
  /** Median of the repeats, by name; `runs` keeps every repeat. */
  rates: Record<ScanName, number>;
  runs: Record<ScanName, ScanRun[]>;
}

export type ScanName = 'port, pages of 1,000' | 'port, pages of 10,000' | 'raw keyset scan' | "port's SQL, no mapping";

const COLUMNS = `position, transaction_id::text AS tx, event_id, stream_id, version, type,
  schema_version, data, metadata`;
const RAW_PAGE = 10_000;

/** The subject: readAll through the port from START until it returns nothing. */
async function portScan(store: PostgresEventStore, pageSize: number): Promise<number> {
  let after = START;
  let count = 0;
  for (;;) {
    const { events, next } = await store.readAll(after, pageSize);
    if (events.length === 0) return count;
    count += events.length;
    after = next;
  }
}

/** The baseline: keyset paging on the primary key, same columns, jsonb parsed by pg. */
async function rawScan(pool: Pool): Promise<number> {
  let after = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query(`SELECT ${COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [
      after,
      RAW_PAGE,
    ]);
    if (rows.length === 0) return count;
    count += rows.length;
    after = rows[rows.length - 1].position;
  }
}

/** Diagnostic: the port's query (global order, snapshot filter) without mapping rows to events. */
async function globalOrderScan(pool: Pool): Promise<number> {
  let after: [string, string] | null = null;
  let count = 0;
  for (;;) {
    const result = await pool.query<{ tx: string; position: string }>(
      `SELECT ${COLUMNS} FROM events
       WHERE ${after ? '(transaction_id, position) > ($2::text::xid8, $3::bigint)' : 'TRUE'}
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id, position LIMIT $1`,
      after ? [RAW_PAGE, ...after] : [RAW_PAGE],
    );
    const rows = result.rows;
    if (rows.length === 0) return count;
    count += rows.length;
    const last: { tx: string; position: string } = rows[rows.length - 1];
    after = [last.tx, last.position];
  }
}

async function timeScan(expected: number, postmasterPid: number | null, scan: () => Promise<number>): Promise<ScanRun> {
  await waitForQuiet();
  const stopCpu = startCpuMeter(postmasterPid);
  const started = performance.now();
  const events = await scan();
  const seconds = (performance.now() - started) / 1000;
  if (events !== expected) throw new Error(`Scan returned ${events} events, expected ${expected}`);
  return { events, seconds, rate: events / seconds, cpu: stopCpu() };
}

/** Repeats every scan in turn (so drift hits all alike) and keeps the median rate. */
export async function readAllSuite(
  pool: Pool,
  store: PostgresEventStore,
  expected: number,
  repeat: number,
  postmasterPid: number | null,
  log: (line: string) => void,
): Promise<ReadAllResults> {
  const scans: [ScanName, () => Promise<number>][] = [
    ['raw keyset scan', () => rawScan(pool)],
    ['port, pages of 10,000', () => portScan(store, 10_000)],
    ['port, pages of 1,000', () => portScan(store, 1_000)],
    ["port's SQL, no mapping", () => globalOrderScan(pool)],
  ];
  log('readAll: warm-up scan');
  await rawScan(pool);
  const runs = Object.fromEntries(scans.map(([name]) => [name, [] as ScanRun[]])) as Record<ScanName, ScanRun[]>;
  for (let round = 1; round <= repeat; round++) {
    for (const [name, scan] of scans) {
      log(`readAll: ${name} (round ${round}/${repeat})`);
      runs[name].push(await timeScan(expected, postmasterPid, scan));
    }
  }
  const rates = Object.fromEntries(scans.map(([name]) => [name, median(runs[name].map((r) => r.rate))]));
  return { rates: rates as Record<ScanName, number>, runs };
}
