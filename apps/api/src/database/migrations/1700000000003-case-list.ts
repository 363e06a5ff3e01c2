import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case list read model: one row per case, its deadlines, and trigram indexes for search. */
export class CaseList1700000000003 implements MigrationInterface {
  name = 'CaseList1700000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query(`CREATE TABLE rm_cases (
      case_id uuid PRIMARY KEY, employee_id uuid NOT NULL, unit_id uuid NOT NULL, leader_id uuid NOT NULL,
      kind text NOT NULL, status text NOT NULL, title text, opened_at timestamptz NOT NULL,
      last_activity_at timestamptz NOT NULL, version integer NOT NULL,
      open_risks integer NOT NULL, open_actions integer NOT NULL, state jsonb NOT NULL)`);
    await db.query('CREATE INDEX rm_cases_recent ON rm_cases (last_activity_at DESC, case_id DESC)');
    await db.query('CREATE INDEX rm_cases_leader ON rm_cases (leader_id, last_activity_at DESC)');
    await db.query('CREATE INDEX rm_cases_unit ON rm_cases (unit_id, last_activity_at DESC)');
    await db.query('CREATE INDEX rm_cases_employee ON rm_cases (employee_id)');
    await db.query('CREATE INDEX rm_cases_title_search ON rm_cases USING gin (lower(title) gin_trgm_ops)');
    await db.query('CREATE INDEX rm_employees_name_search ON rm_employees USING gin (lower(name) gin_trgm_ops)');
    await db.query(`CREATE TABLE rm_case_deadlines (
      case_id uuid NOT NULL, kind text NOT NULL, due_date date NOT NULL, open boolean NOT NULL)`);
    await db.query('CREATE INDEX rm_case_deadlines_case ON rm_case_deadlines (case_id)');
    await db.query(`CREATE INDEX rm_case_deadlines_overdue ON rm_case_deadlines (due_date) WHERE open AND kind = 'duty'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_case_deadlines, rm_cases');
    await db.query('DROP INDEX rm_employees_name_search');
  }
}
