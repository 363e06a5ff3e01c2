import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline keeps personal fields as the event store's ciphertext (with the event's
 * `personal` metadata to open them) and decrypts when read: its rebuild then needs no
 * decryption, and an erased person's fields are unreadable there as soon as the key is gone.
 * Entries written before held clear text: they are dropped and the runner replays them.
 */
export class TimelineCiphertext1700000000005 implements MigrationInterface {
  name = 'TimelineCiphertext1700000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE rm_timeline');
    await db.query('ALTER TABLE rm_timeline ADD COLUMN personal jsonb');
    await db.query(`UPDATE projection_checkpoints SET major = -1, minor = -1, position = 0, failure = NULL WHERE name = 'case_timeline'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE rm_timeline');
    await db.query('ALTER TABLE rm_timeline DROP COLUMN personal');
    await db.query(`UPDATE projection_checkpoints SET major = -1, minor = -1, position = 0, failure = NULL WHERE name = 'case_timeline'`);
  }
}
