import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One printed figure beside the baseline measured in the same run. */
export interface Row {
  figure: string;
  value: string;
  baseline: string;
  /** value / baseline, for rates. */
  ratio: number | null;
  /** The minimum ratio, where it sets one. */
  target?: number;
}

export function printTable(title: string, rows: Row[]): void {
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.baseline,
    r.ratio === null ? '' : r.ratio.toFixed(2),
    r.target === undefined || r.ratio === null ? '' : `≥ ${r.target.toFixed(2)} ${r.ratio >= r.target ? 'met' : 'MISSED'}`,
  ]);
  const header = ['figure', 'port', 'baseline', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c));
}

/** Writes the run's full results to bench/out/ (gitignored) and returns the path. */
export function writeJson(results: unknown): string {
  const dir = join(__dirname, '..', '..', '..', 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
  writeFileSync(path, JSON.stringify(results, bigints, 2) + '\n');
  return path;
}
