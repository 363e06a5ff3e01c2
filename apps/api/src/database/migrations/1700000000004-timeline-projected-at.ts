import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When each timeline entry became visible: measures projection lag (bench, operations). */
export class TimelineProjectedAt1700000000004 implements MigrationInterface {
  name = 'TimelineProjectedAt1700000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_timeline ADD COLUMN projected_at timestamptz NOT NULL DEFAULT clock_timestamp()');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_timeline DROP COLUMN projected_at');
  }
}
