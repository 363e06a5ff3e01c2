import { cpus, release, totalmem, type } from 'node:os';
import type { Pool } from 'pg';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** Settings that move the figures most. */
  settings: Record<string, string>;
}

export async function describeMachine(pool: Pool): Promise<Machine> {
  const [{ version }] = (await pool.query('SELECT version()')).rows;
  const { rows } = await pool.query(
    `SELECT name, setting || coalesce(unit, '') AS value FROM pg_settings
     WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'wal_level', 'max_wal_size')`,
  );
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    postgres: version,
    settings: Object.fromEntries(rows.map((r: { name: string; value: string }) => [r.name, r.value])),
  };
}
