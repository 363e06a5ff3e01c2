import 'reflect-metadata';
import { appendSuite } from './append.bench';
import { consoleSuite, FIRST_PAGE_TARGET_MS, INITIAL_JS_TARGET_BYTES, type ConsoleResults } from './console';
import { EXPORT_PDF_TARGET_MS, exportSuite, type ExportResults } from './export.bench';
import { readAllSuite } from './read-all.bench';
import { rebuildSuite } from './rebuild.bench';
import { HTTP_P99_TARGET_MS, HTTP_TARGET, httpSuite, type HttpResults } from './http-commands.bench';
import { LAG_P99_TARGET_MS, LATENCY_P99_TARGET_MS, REBUILD_TARGET, readModelSuite, type ReadModelResults } from './read-models.bench';
import { diagnosticRows, headlineRows, type Results } from './summary';
import { createDatabase, startServer, type BenchServer } from './support/database';
import { describeMachine, type Machine } from './support/machine';
import { loadReadStore } from './support/read-store';
import { printTable, writeJson } from './support/report';

/** `npm run bench`: every figure of the issue beside its baseline from this same run. */
const config = {
  events: Number(process.env.BENCH_EVENTS ?? 1_000_000),
  appendSeconds: Number(process.env.BENCH_APPEND_SECONDS ?? 2),
  appendRounds: Number(process.env.BENCH_APPEND_ROUNDS ?? 5),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 0.5),
  scanRepeats: Number(process.env.BENCH_SCAN_REPEATS ?? 3),
  rebuildRounds: Number(process.env.BENCH_REBUILD_ROUNDS ?? 3),
  suites: (process.env.BENCH_SUITES ?? 'append,read,http,readmodels').split(','),
  httpSeconds: Number(process.env.BENCH_HTTP_SECONDS ?? 10),
  exportEvents: Number(process.env.BENCH_EXPORT_EVENTS ?? 1_000),
  exportRuns: Number(process.env.BENCH_EXPORT_RUNS ?? 20),
  consoleCases: Number(process.env.BENCH_CONSOLE_CASES ?? 20_000),
  consoleLoads: Number(process.env.BENCH_CONSOLE_LOADS ?? 20),
};

const began = performance.now();
const log = (line: string) => console.error(`[${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${line}`);

async function runAppend(server: BenchServer, results: Results & { machine?: Machine }): Promise<void> {
  const timing = { warmupMs: config.warmupSeconds * 1000, durationMs: config.appendSeconds * 1000 };
  // Appends get their own database so that `events` starts empty, like bench_raw.
  const db = await createDatabase(server, 'append');
  try {
    results.machine ??= await describeMachine(db.pool);
    results.append = await appendSuite(db.pool, timing, config.appendRounds, server.postmasterPid, log);
  } finally {
    await db.close();
  }
}

async function runRead(server: BenchServer, results: Results & { machine?: Machine; loadSeconds?: number }): Promise<void> {
  const db = await createDatabase(server, 'read');
  try {
    results.machine ??= await describeMachine(db.pool);
    const { store, loadSeconds } = await loadReadStore(db.pool, config.events, log);
    results.loadSeconds = loadSeconds;
    results.readAll = await readAllSuite(db.pool, store, config.events, config.scanRepeats, server.postmasterPid, log);
    log('rebuild: stream_index');
    results.rebuild = await rebuildSuite(db.dataSource, store, config.events, server.postmasterPid);
    await store.close();
  } finally {
    await db.close();
  }
}

async function runHttp(server: BenchServer, results: { http?: HttpResults; machine?: Machine }): Promise<void> {
  const db = await createDatabase(server, 'http');
  try {
    results.machine ??= await describeMachine(db.pool);
    results.http = await httpSuite(db.url, db.pool, server.postmasterPid, config.httpSeconds, log);
  } finally {
    await db.close();
  }
}

async function runReadModels(server: BenchServer, results: { readModels?: ReadModelResults; machine?: Machine }): Promise<void> {
  const db = await createDatabase(server, 'readmodels');
  try {
    results.machine ??= await describeMachine(db.pool);
    results.readModels = await readModelSuite(db.dataSource, db.pool, config.events, config.rebuildRounds, log);
  } finally {
    await db.close();
  }
}

async function runConsole(server: BenchServer, results: { console?: ConsoleResults; machine?: Machine }): Promise<void> {
  const db = await createDatabase(server, 'console');
  try {
    results.machine ??= await describeMachine(db.pool);
    results.console = await consoleSuite(db.dataSource, db.pool, db.url, config.consoleCases, config.consoleLoads, log);
  } finally {
    await db.close();
  }
}

function printConsole(r: ConsoleResults): void {
  const ms = (l: { p50: number; p99: number }) => `${l.p50.toFixed(0)} / ${l.p99.toFixed(0)} ms`;
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  printTable(
    `Console: /saker as HR over ${r.cases.toLocaleString('en-US')} cases (${r.events.toLocaleString('en-US')} events seeded in ${r.seedSeconds.toFixed(1)} s, read models rebuilt in ${r.rebuildSeconds.toFixed(1)} s), ${r.loads} loads each, Chromium headless`,
    [
      {
        figure: `first page of rows (${r.rowsOnFirstPage}) visible, cold: p50 / p99`,
        value: `${ms(r.cold)} (p99 ≤ ${FIRST_PAGE_TARGET_MS} ms: ${verdict(r.cold.p99 <= FIRST_PAGE_TARGET_MS)})`,
        baseline: `${ms(r.blankPage)} blank static page`,
        ratio: null,
      },
      { figure: 'first page of rows visible, warm cache: p50 / p99', value: `${ms(r.warm)} (p99 ≤ ${FIRST_PAGE_TARGET_MS} ms: ${verdict(r.warm.p99 <= FIRST_PAGE_TARGET_MS)})`, baseline: `${r.apiFirstPage.p50.toFixed(1)} / ${r.apiFirstPage.p99.toFixed(1)} ms raw GET ${r.casesRequestUrl ? new URL(r.casesRequestUrl).pathname + new URL(r.casesRequestUrl).search : '/api/cases'}`, ratio: null },
      { figure: 'cold load, p50: DOMContentLoaded / cases request sent / answered', value: `${r.coldBreakdown.domContentLoaded.toFixed(0)} / ${r.coldBreakdown.casesRequestStart.toFixed(0)} / ${r.coldBreakdown.casesResponseEnd.toFixed(0)} ms`, baseline: '', ratio: null },
      {
        figure: `initial JS (${r.initialJs.files.length} files): gzipped`,
        value: `${kB(r.initialJs.gzipBytes)} (≤ ${kB(INITIAL_JS_TARGET_BYTES)}: ${verdict(r.initialJs.gzipBytes <= INITIAL_JS_TARGET_BYTES)})`,
        baseline: `${kB(r.initialJs.bytes)} uncompressed`,
        ratio: null,
      },
      { figure: `initial CSS (${r.css.files.length} files): gzipped`, value: kB(r.css.gzipBytes), baseline: `${kB(r.css.bytes)} uncompressed`, ratio: null },
    ],
  );
}

function printReadModels(r: ReadModelResults): void {
  const ms = (l: { p50: number; p99: number }) => `${l.p50.toFixed(2)} / ${l.p99.toFixed(2)} ms`;
  const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  printTable(`Read models: ${r.events.toLocaleString('en-US')} events in ${r.cases.toLocaleString('en-US')} cases (loaded in ${r.loadSeconds.toFixed(1)} s)`, [
    ...r.rebuild.map((b) => ({
      figure: `rebuild ${b.projection}: events/s`,
      value: `${rate(b.rate)} (${b.seconds.toFixed(1)} s; rounds ${rate(b.slowest)}–${rate(b.fastest)}; target ≥ ${REBUILD_TARGET.toLocaleString('en-US')}/s: ${verdict(b.rate >= REBUILD_TARGET)})`,
      baseline: `${rate(r.rawScanRate)} raw keyset scan`,
      ratio: b.rate / r.rawScanRate,
    })),
    {
      figure: 'rebuild, every read model: events/s',
      value: `${rate(r.rebuildAll.rate)} (${r.rebuildAll.seconds.toFixed(1)} s, one after another)`,
      baseline: `${rate(r.rawScanRate)} raw keyset scan`,
      ratio: r.rebuildAll.rate / r.rawScanRate,
    },
    { figure: 'list, first page (open): p50 / p99', value: `${ms(r.list.port)} (p99 ≤ ${LATENCY_P99_TARGET_MS} ms: ${verdict(r.list.port.p99 <= LATENCY_P99_TARGET_MS)})`, baseline: `${ms(r.list.raw)} raw SQL`, ratio: null },
    { figure: 'list, filtered (unit + text): p50 / p99', value: `${ms(r.list.filtered)} (p99 ≤ ${LATENCY_P99_TARGET_MS} ms: ${verdict(r.list.filtered.p99 <= LATENCY_P99_TARGET_MS)})`, baseline: `${ms(r.list.rawFiltered)} raw SQL`, ratio: null },
    { figure: `timeline, ${r.timeline.entries}-event case: p50 / p99`, value: `${ms(r.timeline.port)} (p99 ≤ ${LATENCY_P99_TARGET_MS} ms: ${verdict(r.timeline.port.p99 <= LATENCY_P99_TARGET_MS)})`, baseline: `${ms(r.timeline.raw)} raw SQL`, ratio: null },
    { figure: 'timeline, same case, sealed (just rebuilt): p50 / p99', value: ms(r.timeline.sealed), baseline: `${ms(r.timeline.raw)} raw SQL`, ratio: null },
    {
      figure: 'timeline: the runner opening sealed entries',
      value: `${r.opening.entries.toLocaleString('en-US')} entries in ${r.opening.seconds.toFixed(1)} s (${rate(r.opening.entries / r.opening.seconds)}), 5 s of it under the lag load below`,
      baseline: '',
      ratio: null,
    },
    { figure: `projection lag at ${Math.round(r.lagWhileOpening.rate)} appends/s while opening: p50 / p99`, value: `${ms(r.lagWhileOpening)} over ${r.lagWhileOpening.commands} events (p99 ≤ ${LAG_P99_TARGET_MS} ms: ${verdict(r.lagWhileOpening.p99 <= LAG_P99_TARGET_MS)})`, baseline: '', ratio: null },
    { figure: `projection lag at ${Math.round(r.lag.rate)} appends/s: p50 / p99`, value: `${ms(r.lag)} over ${r.lag.commands} events (p99 ≤ ${LAG_P99_TARGET_MS} ms: ${verdict(r.lag.p99 <= LAG_P99_TARGET_MS)})`, baseline: '', ratio: null },
  ]);
}

function printHttp(http: HttpResults): void {
  const cores = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
  printTable(
    `Commands through HTTP: POST /api/cases/:id/notes over 1,000 cases, ${http.seconds} s each (API in its own process, projections on)`,
    http.runs.flatMap((run) => [
      {
        figure: `${run.connections} connections: req/s`,
        value: `${Math.round(run.rate).toLocaleString('en-US')}/s (${run.non2xx} non-2xx, ${run.errors} errors)`,
        baseline: `${Math.round(run.raw.rate).toLocaleString('en-US')}/s raw INSERT`,
        ratio: run.rate / run.raw.rate,
        target: run.connections === 16 ? HTTP_TARGET : undefined,
      },
      {
        figure: `${run.connections} connections: p50 / p99`,
        value: `${run.p50} / ${run.p99} ms${run.connections === 16 ? ` (p99 target ≤ ${HTTP_P99_TARGET_MS} ms: ${run.p99 <= HTTP_P99_TARGET_MS ? 'met' : 'MISSED'})` : ''}`,
        baseline: `${run.raw.p50.toFixed(2)} / ${run.raw.p99.toFixed(2)} ms`,
        ratio: null,
      },
      {
        figure: `${run.connections} connections: CPU (cores)`,
        value: `API ${cores(run.serverCores)}, PostgreSQL ${cores(run.cpu.postgres)}, autocannon ${cores(run.cpu.node)}`,
        baseline: '',
        ratio: null,
      },
    ]),
  );
}

function print(results: Results & { machine?: Machine; loadSeconds?: number }): void {
  const { machine, append } = results;
  if (machine) {
    console.log(`\n${machine.date}  ${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB, ${machine.os}`);
    console.log(`Node ${machine.node}; ${machine.postgres}`);
    console.log(`PostgreSQL: ${Object.entries(machine.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  }
  if (append) {
    const { port, raw } = append.payloadBytes;
    console.log(`Appends: median of ${config.appendRounds} rounds × ${config.appendSeconds} s per variant (after ${config.warmupSeconds} s warm-up each); JSON bytes data/metadata: port ${port.data}/${port.metadata}, raw ${raw.data}/${raw.metadata}`);
  }
  if (results.loadSeconds !== undefined) {
    console.log(`Scans over ${config.events.toLocaleString('en-US')} events (loaded in ${results.loadSeconds.toFixed(1)} s), median of ${config.scanRepeats}`);
  }
  // Empty when only the console suite ran.
  const headline = headlineRows(results);
  const diagnostic = diagnosticRows(results);
  if (headline.length) printTable('Figures', headline);
  if (diagnostic.length) printTable('Where the time goes', diagnostic);
}

async function runExport(server: BenchServer, results: { export?: ExportResults; machine?: Machine }): Promise<void> {
  const db = await createDatabase(server, 'export');
  try {
    results.machine ??= await describeMachine(db.pool);
    results.export = await exportSuite(db.url, db.pool, config.exportEvents, config.exportRuns, log);
  } finally {
    await db.close();
  }
}

function printExport(r: ExportResults): void {
  const ms = (l: { p50: number; p99: number }) => `${l.p50.toFixed(0)} / ${l.p99.toFixed(0)} ms`;
  const verdict = r.pdf.p99 < EXPORT_PDF_TARGET_MS ? 'met' : 'MISSED';
  printTable(`Export of a ${r.events}-event case over HTTP, ${r.runs} runs each (p50 / p99)`, [
    { figure: `GET …/export.pdf (${(r.pdfBytes / 1024).toFixed(0)} KiB; < ${EXPORT_PDF_TARGET_MS} ms ${verdict})`, value: ms(r.pdf), baseline: `timeline ${ms(r.timeline)}`, ratio: null },
    { figure: '  of which rendering (in process)', value: ms(r.render), baseline: '', ratio: null },
    { figure: `GET …/export.json (${(r.jsonBytes / 1024).toFixed(0)} KiB)`, value: ms(r.json), baseline: `raw SQL ${ms(r.rawRead)}`, ratio: null },
  ]);
}

async function main(): Promise<void> {
  const server = await startServer(log);
  const stopOnSignal = () => void server.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  try {
    const results: Results & { machine?: Machine; loadSeconds?: number } = {};
    if (config.suites.includes('append')) await runAppend(server, results);
    if (config.suites.includes('read')) await runRead(server, results);
    const http: { http?: HttpResults; machine?: Machine } = results;
    if (config.suites.includes('http')) await runHttp(server, http);
    const readModels: { readModels?: ReadModelResults; machine?: Machine } = results;
    if (config.suites.includes('readmodels')) await runReadModels(server, readModels);
    const consoleResults: { console?: ConsoleResults; machine?: Machine } = results;
    if (config.suites.includes('console')) await runConsole(server, consoleResults);
    const exportResults: { export?: ExportResults; machine?: Machine } = results;
    if (config.suites.includes('export')) await runExport(server, exportResults);
    print(results);
    if (http.http) printHttp(http.http);
    if (readModels.readModels) printReadModels(readModels.readModels);
    if (consoleResults.console) printConsole(consoleResults.console);
    if (exportResults.export) printExport(exportResults.export);
    console.log(`\nResults written to ${writeJson({ config, ...results })}`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
