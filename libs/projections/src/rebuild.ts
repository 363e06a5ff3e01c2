import type { EventStore } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { CheckpointStore } from './checkpoint-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadAheadStore } from './read-ahead';

export interface RebuildProgress {
  /** Events applied by this rebuild so far. */
  applied: number;
  /** Global position reached, against the head at the start. */
  position: number;
  headPosition: number;
}

// Large batches: a case spread over many batches would be loaded and saved once per batch.
const REBUILD_BATCH = 25_000;

/**
 * Empties a read model and replays every event into it with the same runner code as the
 * live path, so the result equals the incremental one. Safe while a server runs: the
 * server's in-flight batch loses its checkpoint race and both then share the work.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<{ applied: number; seconds: number }> {
  const checkpoints = new CheckpointStore();
  const started = performance.now();
  const { headPosition } = await store.health();
  await dataSource.transaction(async (tx) => {
    await checkpoints.ensure(tx, projection.name);
    await checkpoints.reset(tx, projection.name);
    await projection.reset(tx);
  });
  const reader = new ReadAheadStore(store);
  const runner = new ProjectionRunner(dataSource, reader, projection, { batchSize: REBUILD_BATCH });
  const db = dataSource.createQueryRunner();
  let applied = 0;
  try {
    for (;;) {
      const batch = await runner.processBatch(REBUILD_BATCH, db);
      applied += batch.applied;
      const { position } = await checkpoints.load(db.manager, projection.name);
      onProgress({ applied, position, headPosition });
      if (batch.applied === 0 && !batch.conflict) break;
    }
  } finally {
    await reader.settle();
    await db.release();
  }
  return { applied, seconds: (performance.now() - started) / 1000 };
}
