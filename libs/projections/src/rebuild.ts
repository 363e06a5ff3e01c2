import { EncryptingEventStore, START, type EventStore } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { CheckpointStore } from './checkpoint-store';
import { EventsTable, type Decrypt } from './events-table';
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
 * Empties a read model and fills it again from every event, so that it equals the
 * incremental result. With the PostgreSQL event store a projection that can rebuild from the
 * events table does so inside one transaction (readers wait for it rather than see half a
 * read model); the rest, and everything with other stores, is replayed by the live runner's
 * code. Safe while a server runs: the server's in-flight batch loses its checkpoint race and
 * both then share the work.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<{ applied: number; seconds: number }> {
  const checkpoints = new CheckpointStore();
  const started = performance.now();
  const { headPosition, kind } = await store.health();
  let applied = 0;
  onProgress({ applied, position: 0, headPosition });
  await dataSource.transaction(async (tx) => {
    await checkpoints.ensure(tx, projection.name);
    // The read model's tables first, then the checkpoint: the order a live batch takes them in.
    await projection.reset(tx);
    await checkpoints.reset(tx, projection.name);
    const events = projection.rebuildFrom && kind === 'postgres' ? await EventsTable.at(tx, dataSource, decryptorOf(store)) : null;
    if (!events) return;
    await projection.rebuildFrom!(events, tx);
    const upTo = { major: BigInt(events.transactionId), minor: BigInt(events.position) };
    await checkpoints.advance(tx, projection.name, START, upTo, events.position);
    applied = events.count;
  });
  if (applied) onProgress({ applied, position: (await checkpoints.load(dataSource.manager, projection.name)).position, headPosition });
  const reader = new ReadAheadStore(store);
  const runner = new ProjectionRunner(dataSource, reader, projection, { batchSize: REBUILD_BATCH });
  const db = dataSource.createQueryRunner();
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

function decryptorOf(store: EventStore): Decrypt {
  return store instanceof EncryptingEventStore ? (events, types) => store.decrypt(events, types) : async (events) => events;
}
