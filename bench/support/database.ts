import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

/** The app's default pool size: 16 writers plus the coalesced NOTIFYs fit without queueing. */
export const POOL_SIZE = 20;

/** A PostgreSQL server for the run: BENCH_DATABASE_URL, or an embedded one in a temp dir. */
export interface BenchServer {
  url: string;
  /** For CPU accounting through /proc; null for an external server. */
  postmasterPid: number | null;
  stop(): Promise<void>;
}

export async function startServer(log: (line: string) => void): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: external, postmasterPid: null, stop: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'cases-bench-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its cluster
  try {
    const database = await startEmbeddedPostgres(dataDir, log);
    const pidFile = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    return {
      url: database.url,
      postmasterPid: Number(pidFile.split('\n')[0]),
      stop: async () => {
        await database.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface BenchDatabase {
  url: string;
  dataSource: DataSource;
  pool: Pool;
  close(): Promise<void>;
}

/** A fresh, migrated database on `server`, dropped again on close. */
export async function createDatabase(server: BenchServer, suffix: string): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(4).toString('hex')}_${suffix}`;
  await admin(server.url, `CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase(url.toString(), POOL_SIZE);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return {
    url: url.toString(),
    dataSource,
    pool,
    close: async () => {
      await dataSource.destroy();
      await admin(server.url, `DROP DATABASE ${name}`);
    },
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
