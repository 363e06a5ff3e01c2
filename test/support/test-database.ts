import { randomBytes } from 'node:crypto';
import { EncryptingEventStore, KeyStore, PostgresEventStore } from '@app/event-store';
import { Client } from 'pg';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';

/** A fresh, migrated database for one test file, on the run's PostgreSQL. */
export async function createTestDatabase(poolSize?: number): Promise<{ url: string; dataSource: DataSource; pool: Pool }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global-setup.ts)');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase(url.toString(), poolSize);
  return { url: url.toString(), dataSource, pool: poolOf(dataSource) };
}

export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** The product's event store over a test database: encrypting, with a key store under a fresh master key. */
export function encryptedStoreOn(dataSource: DataSource): { keys: KeyStore; store: EncryptingEventStore } {
  const keys = new KeyStore(poolOf(dataSource), randomBytes(32));
  return { keys, store: new EncryptingEventStore(new PostgresEventStore(poolOf(dataSource)), keys) };
}
