import type { EntityManager } from 'typeorm';

/**
 * Runs `fill` with the tables' secondary indexes dropped and builds them again afterwards, in
 * the caller's transaction: one index build over the filled table costs less than keeping the
 * index up to date row by row, and a failure rolls the drop back with everything else.
 * Indexes behind constraints (primary keys, unique) stay: ON CONFLICT needs them.
 */
export async function withIndexesBuiltAfter<T>(tx: EntityManager, tables: string[], fill: () => Promise<T>): Promise<T> {
  const indexes: { name: string; definition: string }[] = await tx.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const index of indexes) await tx.query(`DROP INDEX ${index.name}`);
  const result = await fill();
  for (const index of indexes) await tx.query(index.definition);
  return result;
}
