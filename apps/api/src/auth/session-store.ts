import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Role } from './roles';

export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** A checked session is trusted this long without asking the database again. */
const RECHECK_MS = 2_000;

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
  private readonly recent = new Map<string, { record: SessionRecord; until: number }>();

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
    const idHash = hashId(id);
    const known = this.recent.get(idHash);
    if (known && known.until > Date.now()) return known.record;
    const { rows } = await this.pool.query(
      `SELECT s.id_hash, s.csrf_token, s.last_seen_at < now() - interval '1 minute' AS stale,
              u.id, u.email, u.name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - $2 * interval '1 millisecond'`,
      [idHash, IDLE_TIMEOUT_MS],
    );
    const row = rows[0];
    if (!row) {
      this.recent.delete(idHash);
      return null;
    }
    if (row.stale) await this.pool.query('UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1', [row.id_hash]);
    const record = { idHash: row.id_hash, csrfToken: row.csrf_token, user: { id: row.id, email: row.email, name: row.name, role: row.role } };
    this.remember(record);
    return record;
  }

  /**
   * Another process's logout reaches this one within RECHECK_MS; this process's own logout
   * and password change take effect at once (they evict here).
   */
  private remember(record: SessionRecord): void {
    if (this.recent.size > 10_000) this.recent.clear();
    this.recent.set(record.idHash, { record, until: Date.now() + RECHECK_MS });
  }

  async delete(idHash: string): Promise<void> {
    this.recent.delete(idHash);
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  /** Ends every session of a user (password change), but the one given. */
  async deleteAllOf(userId: string, except?: string): Promise<void> {
    for (const [idHash, { record }] of this.recent) if (record.user.id === userId && idHash !== except) this.recent.delete(idHash);
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2', [userId, except ?? null]);
  }
}

export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
