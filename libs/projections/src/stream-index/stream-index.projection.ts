import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../projection';

/**
 * stream_index: one row per stream with its category (the id before the first '-'),
 * version, event count and last event. Used by health and admin views, and as the
 * reference projection for the runner's guarantees and the rebuild benchmark.
 */
export class StreamIndexProjection implements Projection {
  readonly name = 'stream_index';
  /** Only ids, versions, types and times are kept: no event needs decrypting. */
  readonly decryptTypes = [];

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    const rows = new Map<string, { version: number; count: number; last: StoredEvent }>();
    for (const event of events) {
      const row = rows.get(event.streamId);
      if (row) {
        row.version = Math.max(row.version, event.version);
        row.count += 1;
        row.last = event;
      } else rows.set(event.streamId, { version: event.version, count: 1, last: event });
    }
    const values = [...rows.entries()];
    await tx.query(
      `INSERT INTO stream_index AS s (stream_id, category, version, event_count, last_type, last_position, last_occurred_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::bigint[], $7::timestamptz[])
       ON CONFLICT (stream_id) DO UPDATE SET
         version = GREATEST(s.version, excluded.version),
         event_count = s.event_count + excluded.event_count,
         last_type = excluded.last_type,
         last_position = excluded.last_position,
         last_occurred_at = excluded.last_occurred_at`,
      [
        values.map(([id]) => id),
        values.map(([id]) => categoryOf(id)),
        values.map(([, r]) => r.version),
        values.map(([, r]) => r.count),
        values.map(([, r]) => r.last.type),
        values.map(([, r]) => r.last.position),
        values.map(([, r]) => r.last.metadata.occurredAt),
      ],
    );
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query('TRUNCATE stream_index');
  }
}

export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

export const STREAM_INDEX_SCHEMA: string[] = [
  `CREATE TABLE stream_index (
     stream_id text PRIMARY KEY,
     category text NOT NULL,
     version integer NOT NULL,
     event_count integer NOT NULL,
     last_type text NOT NULL,
     last_position bigint NOT NULL,
     last_occurred_at timestamptz NOT NULL
   )`,
  'CREATE INDEX stream_index_category ON stream_index (category)',
];
