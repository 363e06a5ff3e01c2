import type { Pool } from 'pg';
import { ProblemException } from '../http/problem';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Slows password guessing: at most 5 failed logins per account (since its last success) and
 * 20 per client address in 15 minutes. Kept in PostgreSQL so that every API replica counts
 * the same attempts.
 */
export class LoginThrottle {
  constructor(private readonly pool: Pool) {}

  async check(email: string, address: string): Promise<void> {
    const { rows } = await this.pool.query<{ account: number; address: number; retry_after: number | null }>(
      `WITH recent AS (SELECT * FROM login_attempts WHERE at > now() - interval '${WINDOW_MINUTES} minutes'),
            last_success AS (SELECT max(at) AS at FROM recent WHERE lower(email) = lower($1) AND succeeded)
       SELECT
         (SELECT count(*)::int FROM recent WHERE lower(email) = lower($1) AND NOT succeeded
            AND at > coalesce((SELECT at FROM last_success), '-infinity')) AS account,
         (SELECT count(*)::int FROM recent WHERE address = $2 AND NOT succeeded) AS address,
         (SELECT ceil(extract(epoch FROM min(at) + interval '${WINDOW_MINUTES} minutes' - now()))::int
            FROM recent WHERE NOT succeeded AND (lower(email) = lower($1) OR address = $2)) AS retry_after`,
      [email, address],
    );
    const { account, address: fromAddress, retry_after } = rows[0];
    if (account >= MAX_FAILURES_PER_ACCOUNT || fromAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw new ProblemException(
        429,
        'TOO_MANY_LOGIN_ATTEMPTS',
        `Too many failed sign-ins; try again in ${Math.ceil((retry_after ?? 60) / 60)} minutes`,
        undefined,
        { 'retry-after': String(Math.max(retry_after ?? 60, 1)) },
      );
    }
  }

  async record(email: string, address: string, succeeded: boolean): Promise<void> {
    await this.pool.query('INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, $3)', [email, address, succeeded]);
  }
}
