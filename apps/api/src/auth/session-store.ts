import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Role } from './roles';

export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 24 * 60 * 60 * 1000;

export interface SessionRecord {
  idHash: string;
  csrfToken: string;
  user: { id: string; email: string; name: string; role: Role };
}

/**
 * Server-side sessions. The cookie holds a random id; the table holds only its hash, so a
 * database reader cannot take over sessions. Sessions end after 8 idle hours or 24 hours.
 */
export class SessionStore {
  constructor(private readonly pool: Pool) {}

  async create(userId: string): Promise<{ id: string; csrfToken: string }> {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.pool.query(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')`,
      [hashId(id), userId, csrfToken, ABSOLUTE_TIMEOUT_MS],
    );
    return { id, csrfToken };
  }

  /**
   * The live session for a cookie value, with its user. Idle time restarts at most once a
   * minute, so that reads stay reads.
   */
  async find(id: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query(
      `SELECT s.id_hash, s.csrf_token, s.last_seen_at < now() - interval '1 minute' AS stale,
              u.id, u.email, u.name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - $2 * interval '1 millisecond'`,
      [hashId(id), IDLE_TIMEOUT_MS],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.pool.query('UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1', [row.id_hash]);
    return {
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      user: { id: row.id, email: row.email, name: row.name, role: row.role },
    };
  }

  async delete(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  /** Ends every session of a user (password change), but the one given. */
  async deleteAllOf(userId: string, except?: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2', [userId, except ?? null]);
  }
}

export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
