/** Tables the projection machinery itself needs, applied by the app's migrations. */
export const PROJECTIONS_SCHEMA: string[] = [
  `CREATE TABLE projection_checkpoints (
     name text PRIMARY KEY,
     major bigint NOT NULL,
     minor bigint NOT NULL,
     position bigint NOT NULL,
     failure jsonb,
     updated_at timestamptz
   )`,
];
