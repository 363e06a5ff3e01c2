import { PostgresEventStore, verifyStream } from '@app/event-store';
import type { Pool } from 'pg';
import { bulkLoad, streamCount } from './bulk-load';

export interface LoadedStore {
  store: PostgresEventStore;
  loadSeconds: number;
}

/**
 * Fills an empty store with `total` events, then VACUUM ANALYZE so that no measured scan
 * pays for setting hint bits or for missing statistics. Checks a few hash chains.
 */
export async function loadReadStore(pool: Pool, total: number, log: (line: string) => void): Promise<LoadedStore> {
  const started = performance.now();
  let reported = 0;
  await bulkLoad(pool, total, (loaded) => {
    if (loaded - reported >= 100_000 || loaded === total) log(`load: ${(reported = loaded).toLocaleString('en-US')} events`);
  });
  const loadSeconds = (performance.now() - started) / 1000;
  log(`load: ${loadSeconds.toFixed(1)} s; VACUUM ANALYZE`);
  await pool.query('VACUUM ANALYZE events');
  const store = new PostgresEventStore(pool);
  const streams = streamCount(total);
  for (const s of [0, Math.floor(streams / 2), streams - 1]) {
    const check = verifyStream(await store.read(`case-${s}`));
    if (!check.valid || check.eventCount === 0) throw new Error(`Hash chain of case-${s} does not hold`);
  }
  return { store, loadSeconds };
}
