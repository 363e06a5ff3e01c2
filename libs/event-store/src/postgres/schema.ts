/**
 * The PostgreSQL event store's schema, applied by the app's migrations. One append-only
 * table; `transaction_id` lets readAll hold back events of transactions still in flight.
 */
export const EVENT_STORE_SCHEMA: string[] = [
  `CREATE TABLE events (
     position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
     event_id uuid NOT NULL,
     stream_id text NOT NULL,
     version integer NOT NULL CHECK (version > 0),
     type text NOT NULL,
     schema_version integer NOT NULL,
     data jsonb NOT NULL,
     metadata jsonb NOT NULL,
     CONSTRAINT events_event_id_key UNIQUE (event_id),
     CONSTRAINT events_stream_version_key UNIQUE (stream_id, version)
   )`,
  `CREATE INDEX events_global_order ON events (transaction_id, position)`,
  `CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
   END $$`,
  `CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
     FOR EACH ROW EXECUTE FUNCTION events_refuse_change()`,
  `CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
     FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()`,
  `CREATE TABLE data_keys (
     subject_id text PRIMARY KEY,
     wrapped_key bytea NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE erased_subjects (
     subject_id text PRIMARY KEY,
     erased_at timestamptz NOT NULL DEFAULT now()
   )`,
];
