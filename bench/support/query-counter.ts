import type { Pool } from 'pg';

/**
 * Counts queries sent through `pool.query` (the port's appends and its NOTIFYs) until the
 * returned function is called, which restores the pool and gives the count.
 */
export function countQueries(pool: Pool): () => number {
  const original = pool.query;
  let count = 0;
  pool.query = function (this: Pool, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as Pool['query'];
  return () => {
    pool.query = original;
    return count;
  };
}
