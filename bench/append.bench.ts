import { PostgresEventStore } from '@app/event-store';
import type { Pool } from 'pg';
import { RAW_TABLES, portStep, rawEventsShapeStep, rawStep, rawUnnestStep } from './support/append-steps';
import { waitForQuiet } from './support/cpu';
import { measureNodeCosts, type NodeCosts } from './support/node-costs';
import { countQueries } from './support/query-counter';
import { combineRounds, runRound, type Round, type Step, type Timing, type WriterRun } from './support/writers';

export const WRITER_COUNTS = [1, 4, 16];

export interface MeasuredRun extends WriterRun {
  queriesPerOp: number;
}

export interface AppendResults {
  timing: Timing;
  rounds: number;
  port: MeasuredRun[];
  raw: MeasuredRun[];
  /** Steps between the raw INSERT and the port, to show where time goes, by "name, writers". */
  diagnostics: Record<string, MeasuredRun>;
  nodeCosts: NodeCosts;
  payloadBytes: { port: { data: number; metadata: number }; raw: { data: number; metadata: number } };
}

type MakeStep = (writer: number) => Step;

/** Flushes dirty pages first, so that no run pays for the previous run's checkpoint. */
async function settle(pool: Pool): Promise<void> {
  await pool.query('CHECKPOINT').catch(() => undefined); // needs superuser on external servers
}

/**
 * Runs the variants in alternating rounds, rotating which goes first, so that the
 * machine's drift (disk, neighbours) falls on all of them alike.
 */
async function compare(
  pool: Pool,
  writers: number,
  variants: [string, MakeStep][],
  timing: Timing,
  rounds: number,
  postmasterPid: number | null,
  log: (line: string) => void,
): Promise<Record<string, MeasuredRun>> {
  const state = variants.map(([name, make]) => ({
    name,
    steps: Array.from({ length: writers }, (_, i) => make(i)), // streams live on across rounds
    rounds: [] as Round[],
    queries: 0,
  }));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < state.length; k++) {
      const variant = state[(round + k) % state.length];
      log(`append: ${writers} writer(s), ${variant.name} (round ${round + 1}/${rounds})`);
      await settle(pool);
      await waitForQuiet();
      const stopCounting = countQueries(pool);
      variant.rounds.push(await runRound(variant.steps, timing, postmasterPid));
      variant.queries += stopCounting();
    }
  }
  return Object.fromEntries(
    state.map((v) => {
      const ops = v.rounds.reduce((sum, r) => sum + r.totalOps, 0);
      return [v.name, { ...combineRounds(writers, v.rounds), queriesPerOp: v.queries / Math.max(1, ops) }];
    }),
  );
}

async function payloadBytes(pool: Pool, table: string): Promise<{ data: number; metadata: number }> {
  const { rows } = await pool.query(
    `SELECT avg(length(data::text))::int AS data, avg(length(metadata::text))::int AS metadata FROM ${table}`,
  );
  return rows[0];
}

export const RAW = 'raw INSERT';
export const PORT = 'port';
const QUIET = 'port without NOTIFY';

export async function appendSuite(
  pool: Pool,
  timing: Timing,
  rounds: number,
  postmasterPid: number | null,
  log: (line: string) => void,
): Promise<AppendResults> {
  for (const sql of RAW_TABLES) await pool.query(sql);
  const store = new PostgresEventStore(pool);
  await store.start(); // as in the server: a LISTEN connection receives the NOTIFYs
  const port: MeasuredRun[] = [];
  const raw: MeasuredRun[] = [];
  const diagnostics: Record<string, MeasuredRun> = {};
  try {
    for (const writers of WRITER_COUNTS) {
      const variants: [string, MakeStep][] = [
        [RAW, rawStep(pool, `raw${writers}`)],
        [PORT, portStep(store, `port${writers}`)],
        [QUIET, portStep(withoutNotify(pool), `quiet${writers}`)],
      ];
      if (writers === 16) {
        variants.push(
          ['INSERT into events-shaped table', rawEventsShapeStep(pool, 'shape')],
          ["port's unnest INSERT, no hashing", rawUnnestStep(pool, 'unnest')],
        );
      }
      const { [RAW]: rawRun, [PORT]: portRun, ...rest } = await compare(pool, writers, variants, timing, rounds, postmasterPid, log);
      raw.push(rawRun);
      port.push(portRun);
      for (const [name, run] of Object.entries(rest)) diagnostics[`${name}, ${writers}`] = run;
    }
    return {
      timing,
      rounds,
      port,
      raw,
      diagnostics,
      nodeCosts: measureNodeCosts(),
      payloadBytes: { port: await payloadBytes(pool, 'events'), raw: await payloadBytes(pool, 'bench_raw') },
    };
  } finally {
    await store.close();
  }
}

/**
 * A store whose post-append NOTIFY is switched off, to measure what that extra query
 * costs. Diagnostic only: reaches into a private field rather than changing the store.
 */
function withoutNotify(pool: Pool): PostgresEventStore {
  const store = new PostgresEventStore(pool);
  (store as unknown as { channel: { announce(): void } }).channel.announce = () => undefined;
  return store;
}
