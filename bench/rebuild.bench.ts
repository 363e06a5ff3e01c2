import type { EventStore } from '@app/event-store';
import { StreamIndexProjection, rebuildProjection } from '@app/projections';
import type { DataSource } from 'typeorm';
import { startCpuMeter, type CpuSplit } from './support/cpu';

export interface RebuildResults {
  applied: number;
  seconds: number;
  rate: number;
  /** Of `seconds`, the time spent inside store.readAll; the rest is apply + checkpoints. */
  readAllSeconds: number;
  cpu: CpuSplit;
}

/** Wraps a store to add up the time its readAll calls take. */
function timingReadAll(store: EventStore): { store: EventStore; seconds: () => number } {
  let total = 0;
  const wrapped = new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== 'readAll') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: Parameters<EventStore['readAll']>) => {
        const started = performance.now();
        try {
          return await target.readAll(...args);
        } finally {
          total += performance.now() - started;
        }
      };
    },
  });
  return { store: wrapped, seconds: () => total / 1000 };
}

/** Full rebuild of the stream index over every event, as `cli projections rebuild` does it. */
export async function rebuildSuite(
  dataSource: DataSource,
  store: EventStore,
  expected: number,
  postmasterPid: number | null,
): Promise<RebuildResults> {
  const timed = timingReadAll(store);
  const stopCpu = startCpuMeter(postmasterPid);
  const { applied, seconds } = await rebuildProjection(dataSource, timed.store, new StreamIndexProjection());
  const cpu = stopCpu();
  if (applied !== expected) throw new Error(`Rebuild applied ${applied} events, expected ${expected}`);
  const [{ total }] = await dataSource.query('SELECT sum(event_count)::int AS total FROM stream_index');
  if (total !== expected) throw new Error(`stream_index counts ${total} events, expected ${expected}`);
  return { applied, seconds, rate: applied / seconds, readAllSeconds: timed.seconds(), cpu };
}
