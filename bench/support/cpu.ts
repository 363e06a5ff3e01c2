import { readdirSync, readFileSync } from 'node:fs';

/** CPU used during a measurement, in cores (CPU seconds per wall second). */
export interface CpuSplit {
  node: number;
  /** Null when PostgreSQL is not a local embedded server we can see in /proc. */
  postgres: number | null;
  /** Other user processes (say, someone's test run): above ~0.05 the figures are disturbed. */
  others: number;
  /** Whole machine (/proc/stat), kernel threads included (ext4 journal, loopback network). */
  machine: number;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux
const KTHREADD = 2;

interface Snapshot {
  postgres: Map<number, number>;
  others: Map<number, number>;
}

/** utime+stime per process: the postmaster's family, and every other user process. */
function snapshot(postmasterPid: number | null): Snapshot {
  const result: Snapshot = { postgres: new Map(), others: new Map() };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after "(comm)": state(3) ppid(4) ... utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (pid === postmasterPid || ppid === postmasterPid) result.postgres.set(pid, ticks);
    else if (pid !== process.pid && pid !== KTHREADD && ppid !== KTHREADD) result.others.set(pid, ticks);
  }
  return result;
}

/** A process that exited meanwhile is lost; one that started counts from zero. */
function delta(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += Math.max(0, now - (before.get(pid) ?? 0));
  return ticks / CLOCK_TICKS;
}

/** Busy ticks of the whole machine: everything but idle and iowait. */
function machineTicks(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return user + nice + system + irq + softirq + steal;
}

/** Starts a CPU meter; call the result when the measured work is done. */
export function startCpuMeter(postmasterPid: number | null): () => CpuSplit {
  const wall = performance.now();
  const node = process.cpuUsage();
  const before = snapshot(postmasterPid);
  const machine = machineTicks();
  return () => {
    const seconds = (performance.now() - wall) / 1000;
    const used = process.cpuUsage(node);
    const after = snapshot(postmasterPid);
    return {
      node: (used.user + used.system) / 1e6 / seconds,
      postgres: postmasterPid === null ? null : delta(before.postgres, after.postgres) / seconds,
      others: delta(before.others, after.others) / seconds,
      machine: (machineTicks() - machine) / CLOCK_TICKS / seconds,
    };
  };
}

/**
 * Waits (up to `maxMs`) until other user processes use under 0.1 core over half a second,
 * so that a measurement does not start in the middle of someone else's burst.
 */
export async function waitForQuiet(maxMs = 10_000): Promise<number> {
  const deadline = performance.now() + maxMs;
  for (;;) {
    const stop = startCpuMeter(null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { others } = stop();
    if (others < 0.1 || performance.now() >= deadline) return others;
  }
}
