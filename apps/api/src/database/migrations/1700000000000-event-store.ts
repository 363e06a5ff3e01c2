import { EVENT_STORE_SCHEMA } from '@app/event-store';
import { PROJECTIONS_SCHEMA, STREAM_INDEX_SCHEMA } from '@app/projections';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The event store, data keys, projection checkpoints and the stream index read model. */
export class EventStore1700000000000 implements MigrationInterface {
  name = 'EventStore1700000000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [...EVENT_STORE_SCHEMA, ...PROJECTIONS_SCHEMA, ...STREAM_INDEX_SCHEMA]) {
      await db.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('The event store is append-only: its migration is never reverted');
  }
}
