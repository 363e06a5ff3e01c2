import type { Pool } from 'pg';
import type { SealedEvent } from '../seal-events';

interface Pending {
  streamId: string;
  events: SealedEvent[];
  resolve(positions: number[]): void;
  reject(error: unknown): void;
}

/**
 * Batches in flight at once: a few run side by side (PostgreSQL commits them in parallel);
 * past that, appends queue up and go together in the next batch.
 */
const MAX_FLUSHES = 4;
const MAX_ROWS = 500;
const COLUMNS = 'event_id, stream_id, version, type, schema_version, data, metadata';

/**
 * Group commit: appends that arrive while earlier ones are being written go to PostgreSQL
 * together, as one INSERT in one transaction, so concurrent writers share a commit (and its
 * disk flush) instead of queueing for one each. A lone writer is written at once.
 *
 * A batch is all-or-nothing. When it fails on a unique constraint (two appends to the same
 * stream version, or a repeated event id), every append in it is written again on its own,
 * so that only the append at fault sees the error.
 */
export class InsertBatcher {
  private queue: Pending[] = [];
  private flushing = 0;

  constructor(private readonly pool: Pool) {}

  insert(streamId: string, events: SealedEvent[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.flushing < MAX_FLUSHES && this.queue.length > 0) {
      const batch = this.take();
      this.flushing++;
      void this.flush(batch).finally(() => {
        this.flushing--;
        this.drain();
      });
    }
  }

  private take(): Pending[] {
    const batch: Pending[] = [];
    let rows = 0;
    while (this.queue.length > 0 && (batch.length === 0 || rows + this.queue[0].events.length <= MAX_ROWS)) {
      const next = this.queue.shift()!;
      rows += next.events.length;
      batch.push(next);
    }
    return batch;
  }

  private async flush(batch: Pending[]): Promise<void> {
    try {
      const positions = await insertEvents(this.pool, batch.flatMap((p) => p.events));
      for (const pending of batch) pending.resolve(pending.events.map((e) => positions.get(e.eventId)!));
    } catch (error) {
      if (batch.length > 1 && (error as { code?: string }).code === '23505') {
        await Promise.all(batch.map((pending) => this.flush([pending])));
        return;
      }
      for (const pending of batch) pending.reject(error);
    }
  }

}

/**
 * Writes events in one statement; rows keep their order, so each stream's versions get
 * rising positions. Answers event id → global position.
 */
export async function insertEvents(db: Pick<Pool, 'query'>, rows: SealedEvent[]): Promise<Map<string, number>> {
  if (rows.length === 1) return insertOne(db, rows[0]);
  const { rows: written } = await db.query<{ event_id: string; position: string }>(
    `INSERT INTO events (${COLUMNS})
     SELECT ${COLUMNS} FROM ROWS FROM (json_to_recordset($1::json)
       AS (event_id uuid, stream_id text, version int, type text, schema_version int, data jsonb, metadata jsonb))
       WITH ORDINALITY AS t(${COLUMNS}, n)
     ORDER BY n
     RETURNING event_id, position`,
    [
      JSON.stringify(
        rows.map((e) => ({
          event_id: e.eventId,
          stream_id: e.streamId,
          version: e.version,
          type: e.type,
          schema_version: e.schemaVersion,
          data: e.data,
          metadata: e.metadata,
        })),
      ),
    ],
  );
  return new Map(written.map((r) => [r.event_id, Number(r.position)]));
}

/** A lone event: a plain VALUES insert, measurably cheaper for PostgreSQL than the set form. */
async function insertOne(db: Pick<Pool, 'query'>, e: SealedEvent): Promise<Map<string, number>> {
  const { rows } = await db.query<{ position: string }>(
    `INSERT INTO events (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING position`,
    [e.eventId, e.streamId, e.version, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)],
  );
  return new Map([[e.eventId, Number(rows[0].position)]]);
}
