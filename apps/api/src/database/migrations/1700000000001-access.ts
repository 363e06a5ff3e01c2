import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users and sessions, login throttling, the append-only access log, idempotent replies. */
export class Access1700000000001 implements MigrationInterface {
  name = 'Access1700000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE users (
      id uuid PRIMARY KEY,
      email text NOT NULL,
      name text NOT NULL,
      phone text,
      role text NOT NULL CHECK (role IN ('admin', 'hr', 'leader', 'safety_rep')),
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query('CREATE UNIQUE INDEX users_email ON users (lower(email))');
    await db.query(`CREATE TABLE sessions (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
    await db.query('CREATE INDEX sessions_user ON sessions (user_id)');
    await db.query(`CREATE TABLE login_attempts (
      at timestamptz NOT NULL DEFAULT now(),
      email text NOT NULL,
      address text NOT NULL,
      succeeded boolean NOT NULL
    )`);
    await db.query('CREATE INDEX login_attempts_email ON login_attempts (lower(email), at)');
    await db.query('CREATE INDEX login_attempts_address ON login_attempts (address, at)');
    await db.query(`CREATE TABLE access_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      actor_role text,
      case_id uuid NOT NULL,
      action text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied'))
    )`);
    await db.query('CREATE INDEX access_log_case ON access_log (case_id, id)');
    await db.query(`CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation'; END $$`);
    await db.query(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
      FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change()`);
    await db.query(`CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change()`);
    await db.query(`CREATE TABLE idempotent_replies (
      user_id uuid NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status integer NOT NULL,
      body jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, key)
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['idempotent_replies', 'access_log', 'login_attempts', 'sessions', 'users']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP FUNCTION access_log_refuse_change');
  }
}
