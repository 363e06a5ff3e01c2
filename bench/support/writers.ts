import { startCpuMeter, type CpuSplit } from './cpu';
import { median, percentiles } from './stats';

/** One write by one writer; resolves when it has committed. */
export type Step = () => Promise<void>;

export interface Timing {
  warmupMs: number;
  durationMs: number;
}

/** One timed run of a set of writers. */
export interface Round {
  latencies: number[];
  seconds: number;
  /** Including the warm-up. */
  totalOps: number;
  cpu: CpuSplit;
}

/** Several rounds of the same writers, combined. */
export interface WriterRun {
  writers: number;
  ops: number;
  /** Median of the rounds' rates. */
  rate: number;
  /** All measured writes over all measured time: what CPU per write is computed with. */
  meanRate: number;
  /** Each round's rate: their spread shows how noisy the machine was. */
  roundRates: number[];
  p50: number;
  p99: number;
  cpu: CpuSplit;
}

/**
 * Runs each writer as a closed loop (it waits for its write before the next, like a
 * command handler) for warm-up plus duration; only writes started after the warm-up count.
 */
export async function runRound(steps: Step[], timing: Timing, postmasterPid: number | null): Promise<Round> {
  const latencies: number[] = [];
  let totalOps = 0;
  const measureFrom = performance.now() + timing.warmupMs;
  const end = measureFrom + timing.durationMs;
  let stopCpu: (() => CpuSplit) | null = null;
  const meterStart = setTimeout(() => (stopCpu = startCpuMeter(postmasterPid)), timing.warmupMs);
  await Promise.all(
    steps.map(async (step) => {
      for (;;) {
        const started = performance.now();
        if (started >= end) return;
        await step();
        totalOps++;
        if (started >= measureFrom) latencies.push(performance.now() - started);
      }
    }),
  );
  clearTimeout(meterStart);
  const seconds = (performance.now() - measureFrom) / 1000;
  const cpu = stopCpu ? (stopCpu as () => CpuSplit)() : { node: NaN, postgres: null, others: NaN, machine: NaN };
  return { latencies, seconds, totalOps, cpu };
}

export function combineRounds(writers: number, rounds: Round[]): WriterRun {
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const latencies = rounds.flatMap((r) => r.latencies);
  const roundRates = rounds.map((r) => r.latencies.length / r.seconds);
  const weighted = (pick: (c: CpuSplit) => number | null) =>
    rounds.some((r) => pick(r.cpu) === null)
      ? null
      : rounds.reduce((sum, r) => sum + (pick(r.cpu) as number) * r.seconds, 0) / seconds;
  return {
    writers,
    ops: latencies.length,
    rate: median(roundRates),
    meanRate: latencies.length / seconds,
    roundRates,
    ...percentiles(latencies),
    cpu: {
      node: weighted((c) => c.node)!,
      postgres: weighted((c) => c.postgres),
      others: weighted((c) => c.others)!,
      machine: weighted((c) => c.machine)!,
    },
  };
}
