import type { Pool } from 'pg';
import type { Actor } from '../auth/roles';

export interface AccessLogEntry {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  caseId: string;
  action: string;
  outcome: 'allowed' | 'denied';
}

/** Who read or tried to read which case, and when. Append-only (a trigger refuses changes). */
export class AccessLog {
  constructor(private readonly pool: Pool) {}

  async record(actor: Actor, caseId: string, action: string, outcome: 'allowed' | 'denied'): Promise<void> {
    await this.pool.query(
      'INSERT INTO access_log (actor_id, actor_role, case_id, action, outcome) VALUES ($1, $2, $3, $4, $5)',
      [actor.id, actor.role, caseId, action, outcome],
    );
  }

  async forCase(caseId: string): Promise<AccessLogEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT at, actor_id, actor_role, case_id, action, outcome FROM access_log WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorRole: r.actor_role,
      caseId: r.case_id,
      action: r.action,
      outcome: r.outcome,
    }));
  }
}
