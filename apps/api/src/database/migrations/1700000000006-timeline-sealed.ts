import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timeline entries are stored opened (clear text) by the live projection, and sealed (the
 * event store's ciphertext) only where a rebuild copied them from the events table; the
 * runner opens sealed entries in the background. Entries written under migration 5 are all
 * ciphertext: they are marked sealed and opened that way, with no replay.
 */
export class TimelineSealed1700000000006 implements MigrationInterface {
  name = 'TimelineSealed1700000000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_timeline ADD COLUMN sealed boolean NOT NULL DEFAULT false');
    await db.query('UPDATE rm_timeline SET sealed = true WHERE personal IS NOT NULL');
    // Small once opened: it holds only what is still to open.
    await db.query('CREATE INDEX rm_timeline_sealed ON rm_timeline (case_id, version) WHERE sealed');
  }

  async down(db: QueryRunner): Promise<void> {
    // Migration 5's form is ciphertext throughout: replay it.
    await db.query('DROP INDEX rm_timeline_sealed');
    await db.query('ALTER TABLE rm_timeline DROP COLUMN sealed');
    await db.query('TRUNCATE rm_timeline');
    await db.query(`UPDATE projection_checkpoints SET major = -1, minor = -1, position = 0, failure = NULL WHERE name = 'case_timeline'`);
  }
}
