import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { v5 as uuidv5 } from 'uuid';
import { ProblemException } from '../http/problem';

const NAMESPACE = '6f1c7c55-0b8e-4f7e-9a55-3c1b9e0f4d21';

export interface Reply {
  status: number;
  body: unknown;
}

/**
 * Idempotency-Key: the first answer per user and key is stored and replayed. The ids a
 * command creates (its events, the new risk or case) are derived from the key, so even two
 * concurrent first attempts append one set of events: the store drops the repeat by eventId.
 */
export class IdempotentReplies {
  constructor(private readonly pool: Pool) {}

  async find(userId: string, key: string, fingerprint: string): Promise<Reply | null> {
    const { rows } = await this.pool.query('SELECT request_hash, status, body FROM idempotent_replies WHERE user_id = $1 AND key = $2', [
      userId,
      key,
    ]);
    if (!rows[0]) return null;
    if (rows[0].request_hash !== hash(fingerprint)) {
      throw new ProblemException(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request; use a new key');
    }
    return { status: rows[0].status, body: rows[0].body };
  }

  async save(userId: string, key: string, fingerprint: string, reply: Reply): Promise<void> {
    await this.pool.query(
      `INSERT INTO idempotent_replies (user_id, key, request_hash, status, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, key) DO NOTHING`,
      [userId, key, hash(fingerprint), reply.status, JSON.stringify(reply.body)],
    );
  }
}

/** The n-th id a keyed request creates: the same on every retry of that request. */
export function idFor(userId: string, key: string | undefined, n: number | string): string | undefined {
  return key === undefined ? undefined : uuidv5(`${userId}\u0000${key}\u0000${n}`, NAMESPACE);
}

function hash(fingerprint: string): string {
  return createHash('sha256').update(fingerprint).digest('hex');
}
