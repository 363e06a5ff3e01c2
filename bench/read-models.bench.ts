import { calendarDate } from '@app/case-domain';
import { EncryptingEventStore, KeyStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRunner, rebuildProjection } from '@app/projections';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { allProjections } from '../apps/api/src/projections/registry';
import { listCases } from '../apps/api/src/read-models/case-list.query';
import { caseTimeline } from '../apps/api/src/read-models/case-timeline.query';
import { loadCaseHistory } from './support/case-history';
import { waitForQuiet } from './support/cpu';
import { percentiles } from './support/stats';

export const REBUILD_TARGET = 50_000;
export const LATENCY_P99_TARGET_MS = 20;
export const LAG_P99_TARGET_MS = 100;

export interface Latency {
  p50: number;
  p99: number;
}

export interface ReadModelResults {
  cases: number;
  events: number;
  loadSeconds: number;
  /** Per read model, the median round; slowest and fastest rates of all rounds. */
  rebuild: Array<{ projection: string; seconds: number; rate: number; slowest: number; fastest: number }>;
  rebuildAll: { seconds: number; rate: number };
  rawScanRate: number;
  list: { port: Latency; raw: Latency; filtered: Latency; rawFiltered: Latency };
  /** `port` once the runner has opened the entries; `sealed` right after a rebuild. */
  timeline: { port: Latency; sealed: Latency; raw: Latency; entries: number };
  /** The runner's background opening of the entries a timeline rebuild left sealed (with the first lag run). */
  opening: { entries: number; seconds: number };
  lag: Lag;
  /** The same, right after the rebuild, while the runner also opens the sealed entries. */
  lagWhileOpening: Lag;
}

interface Lag {
  p50: number;
  p99: number;
  commands: number;
  rate: number;
}

/**
 * The read side over 1,000,000 events in 20,000 cases (issue 4, point 7): rebuild of every
 * read model, list and timeline latency (query functions, in process; HTTP adds its own
 * cost, see the HTTP suite), and the projection lag while appends arrive at 1,000/s. Each
 * beside a raw-SQL baseline from the same run.
 */
export async function readModelSuite(dataSource: DataSource, pool: Pool, total: number, rounds: number, log: (line: string) => void): Promise<ReadModelResults> {
  const keys = new KeyStore(pool, randomBytes(32));
  const store = new EncryptingEventStore(new PostgresEventStore(pool), keys);
  const loadStarted = performance.now();
  const history = await loadCaseHistory(pool, store, total, log);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  await pool.query('VACUUM ANALYZE events');

  const rawScanRate = await rawScan(pool);
  // Rounds over every read model, each rebuild after a checkpoint and a quiet moment; the
  // median of each is reported, with the spread, because this shared machine is noisy.
  const runs = new Map<string, Array<{ seconds: number; rate: number }>>();
  for (let round = 1; round <= rounds; round++) {
    for (const projection of allProjections(keys)) {
      log(`read models: rebuilding ${projection.name} (round ${round} of ${rounds})`);
      await pool.query('CHECKPOINT').catch(() => undefined); // needs superuser on external servers
      await waitForQuiet();
      const { applied, seconds } = await rebuildProjection(dataSource, store, projection);
      runs.set(projection.name, [...(runs.get(projection.name) ?? []), { seconds, rate: applied / seconds }]);
    }
  }
  const rebuild: ReadModelResults['rebuild'] = [...runs].map(([projection, all]) => {
    const rates = all.map((r) => r.rate).sort((a, b) => a - b);
    const middle = all.find((r) => r.rate === rates[Math.floor((rates.length - 1) / 2)])!;
    return { projection, seconds: middle.seconds, rate: middle.rate, slowest: rates[0], fastest: rates[rates.length - 1] };
  });
  const allSeconds = rebuild.reduce((sum, r) => sum + r.seconds, 0);
  await pool.query('VACUUM ANALYZE');

  // The timeline as a rebuild leaves it (sealed: every field opened when read), then opened
  // by a live runner in the background, as a server does, while notes arrive at 1,000/s.
  const timelineProjection = allProjections(keys).find((p) => p.name === 'case_timeline')!;
  const sealed = await timed(() => caseTimeline(pool, keys, history.bigCaseId));
  const toOpen = Number((await pool.query('SELECT count(*) AS n FROM rm_timeline WHERE sealed')).rows[0].n);
  // Checked twice a second, cheaply: counting often would slow the opening it measures.
  const anySealed = async () => (await pool.query('SELECT EXISTS (SELECT 1 FROM rm_timeline WHERE sealed) AS any')).rows[0].any as boolean;
  log('read models: projection lag at 1,000 appends/s while the runner opens the sealed timeline entries');
  const openingStarted = performance.now();
  const runner = new ProjectionRunner(dataSource, store, timelineProjection, { log: () => undefined });
  runner.start();
  const lagWhileOpening = await measureLag(runner, store, pool, history.bigCaseId);
  while (await anySealed()) await new Promise((resolve) => setTimeout(resolve, 500));
  const opening = { entries: toOpen, seconds: (performance.now() - openingStarted) / 1000 };
  // Reads measured in a steady state, not while PostgreSQL writes out what the opening changed.
  await pool.query('VACUUM ANALYZE');
  await pool.query('CHECKPOINT').catch(() => undefined);
  await waitForQuiet();

  log('read models: list and timeline latency');
  const today = calendarDate(new Date(), 'Europe/Oslo');
  const unitId = history.unitIds[3];
  const list = {
    port: await timed(() => listCases(pool, { status: 'open', limit: 25 }, today)),
    raw: await timed(() => pool.query(`SELECT * FROM rm_cases WHERE status = 'open' ORDER BY last_activity_at DESC, case_id DESC LIMIT 26`)),
    filtered: await timed(() => listCases(pool, { status: 'open', unitId, q: 'arbeidspress', limit: 25 }, today)),
    rawFiltered: await timed(() =>
      pool.query(
        `SELECT * FROM rm_cases WHERE status = 'open' AND unit_id = $1 AND lower(title) LIKE '%arbeidspress%'
         ORDER BY last_activity_at DESC, case_id DESC LIMIT 26`,
        [unitId],
      ),
    ),
  };
  const entries = (await caseTimeline(pool, keys, history.bigCaseId)).length;
  const timeline = {
    entries,
    sealed,
    port: await timed(() => caseTimeline(pool, keys, history.bigCaseId)),
    raw: await timed(() => pool.query('SELECT * FROM rm_timeline WHERE case_id = $1 ORDER BY version', [history.bigCaseId])),
  };

  log('read models: projection lag at 1,000 appends/s');
  const lag = await measureLag(runner, store, pool, history.bigCaseId);
  await runner.stop();
  return { cases: history.cases, events: history.events, loadSeconds, rebuild, rebuildAll: { seconds: allSeconds, rate: (history.events * rebuild.length) / allSeconds }, rawScanRate, list, timeline, opening, lag, lagWhileOpening };
}

async function timed(work: () => Promise<unknown>, runs = 300): Promise<Latency> {
  for (let i = 0; i < 20; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function rawScan(pool: Pool): Promise<number> {
  const started = performance.now();
  let after = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query('SELECT position, event_id, stream_id, version, type, data, metadata FROM events WHERE position > $1 ORDER BY position LIMIT 10000', [after]);
    if (!rows.length) break;
    count += rows.length;
    after = rows[rows.length - 1].position;
  }
  return count / ((performance.now() - started) / 1000);
}

/**
 * Appends notes to one case at 1,000/s for 5 s while `runner` (case_timeline) runs; lag = when
 * the entry was written to rm_timeline (projected_at) minus when the event was appended
 * (occurredAt, set just before the insert).
 */
async function measureLag(runner: ProjectionRunner, store: EncryptingEventStore, pool: Pool, caseId: string) {
  const { rows } = await pool.query(`SELECT employee_id FROM rm_timeline WHERE case_id = $1 AND version = 1`, [caseId]);
  const started = performance.now();
  const seconds = 5;
  const rate = 1_000;
  const appends: Promise<unknown>[] = [];
  for (let n = 0; n < seconds * rate; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    appends.push(
      store.append(
        `case-${randomUUID()}`,
        [{ eventId: randomUUID(), type: 'NoteAdded', data: { noteId: randomUUID(), text: `Lag ${n}` }, context: { actorId: '00000000-0000-4000-8000-000000000001' }, personal: { subjectId: rows[0].employee_id, fields: ['text'] } }],
        'no_stream',
      ),
    );
  }
  const last = await Promise.all(appends);
  const achieved = appends.length / ((performance.now() - started) / 1000);
  const position = Math.max(...last.map((r) => (r as { position: number }).position));
  await runner.waitFor(position, 30_000);
  const { rows: lags } = await pool.query(
    'SELECT extract(epoch FROM (projected_at - occurred_at)) * 1000 AS ms FROM rm_timeline WHERE position = ANY($1::bigint[])',
    [last.map((r) => (r as { position: number }).position)],
  );
  return { ...percentiles(lags.map((r) => Number(r.ms))), commands: lags.length, rate: achieved };
}
