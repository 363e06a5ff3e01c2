import { randomBytes } from 'node:crypto';
import type { Runtime } from '../runtime/runtime';
import { UsersRepository } from './users.repository';

export const GENERATED_ADMIN_EMAIL = 'admin@saker.local';

/**
 * On an empty database, creates the first administrator: from ADMIN_EMAIL/ADMIN_PASSWORD,
 * or with a random password printed once, so a fresh start can be signed into at once and
 * no installation ever has a known default password.
 */
export async function ensureFirstAdmin(runtime: Runtime, print: (line: string) => void): Promise<void> {
  const client = await runtime.pool.connect();
  try {
    // Two processes starting on an empty database must not both create one.
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(424243)');
    const users = new UsersRepository(runtime.dataSource);
    if ((await users.count()) > 0) return;
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = runtime.config;
    const email = ADMIN_EMAIL ?? GENERATED_ADMIN_EMAIL;
    const password = ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    await users.create({ email, name: 'Administrator', role: 'admin', password });
    if (ADMIN_PASSWORD) {
      print(`Created the first administrator ${email} (password from ADMIN_PASSWORD).`);
    } else {
      print(`Created the first administrator. Sign in as ${email} with the password ${password}`);
      print('This password is shown only once: change it after signing in (or set ADMIN_EMAIL and ADMIN_PASSWORD).');
    }
  } finally {
    await client.query('COMMIT').catch(() => undefined);
    client.release();
  }
}
