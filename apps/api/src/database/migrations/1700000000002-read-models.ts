import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models: directory, case timeline. (Filled by projections; rebuilt at will.) */
export class ReadModels1700000000002 implements MigrationInterface {
  name = 'ReadModels1700000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_organisation (
      id integer PRIMARY KEY CHECK (id = 1), name text, org_number text, updated_at timestamptz)`);
    await db.query(`CREATE TABLE rm_units (unit_id uuid PRIMARY KEY, name text NOT NULL, added_at timestamptz NOT NULL)`);
    await db.query(`CREATE TABLE rm_employees (
      employee_id uuid PRIMARY KEY, name text, national_id text, unit_id uuid NOT NULL, position text,
      status text NOT NULL, registered_at timestamptz NOT NULL, erased_at timestamptz)`);
    await db.query(`CREATE TABLE rm_timeline (
      case_id uuid NOT NULL, version integer NOT NULL, position bigint NOT NULL, event_id uuid NOT NULL,
      type text NOT NULL, occurred_at timestamptz NOT NULL, actor_id text NOT NULL, employee_id uuid,
      data jsonb NOT NULL, hash text NOT NULL, PRIMARY KEY (case_id, version))`);
    await db.query('CREATE INDEX rm_timeline_employee ON rm_timeline (employee_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_timeline, rm_employees, rm_units, rm_organisation');
  }
}
