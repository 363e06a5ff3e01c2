import type { StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { EntityManager } from 'typeorm';

/**
 * A test read model that records every application of every event, so that a double
 * apply shows as a count of 2. Hooks let a test block, kill or fail it mid-batch.
 */
export class RecordingProjection implements Projection {
  beforeApply: (event: StoredEvent, tx: EntityManager) => Promise<void> = async () => undefined;

  constructor(readonly name = 'recording', private readonly table = `applied_${name}`) {}

  async createTable(tx: EntityManager): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS ${this.table} (event_id uuid NOT NULL, position bigint NOT NULL)`);
  }

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    // One row per event as it goes, so that a batch cut short leaves partial writes behind
    // unless the runner's transaction really rolls them back.
    for (const event of events) {
      await this.beforeApply(event, tx);
      await tx.query(`INSERT INTO ${this.table} (event_id, position) VALUES ($1, $2)`, [event.eventId, event.position]);
    }
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query(`TRUNCATE ${this.table}`);
  }

  /** event id → how many times it was applied. */
  async applications(tx: EntityManager): Promise<Map<string, number>> {
    const rows: { event_id: string; n: number }[] = await tx.query(
      `SELECT event_id, count(*)::int AS n FROM ${this.table} GROUP BY event_id`,
    );
    return new Map(rows.map((r) => [r.event_id, r.n]));
  }
}
