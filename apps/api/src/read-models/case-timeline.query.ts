import { UNKNOWN_USER_NB, describeStream, formatOsloDateTime } from '@app/case-domain';
import type { Pool } from 'pg';

export interface TimelineEntry {
  version: number;
  position: number;
  type: string;
  occurredAt: string;
  /** The same instant as shown to users: Europe/Oslo, e.g. "22.11.2026 10:15". */
  occurredAtLocal: string;
  actor: { id: string; name: string };
  text: string;
  data: Record<string, unknown>;
  hash: string;
}

/**
 * A case's timeline from the case_timeline read model: one entry per event in stream order,
 * with a Norwegian sentence written now, from today's names (users and the employee).
 */
export async function caseTimeline(pool: Pool, caseId: string): Promise<TimelineEntry[]> {
  const { rows } = await pool.query(
    `SELECT t.version, t.position, t.type, t.occurred_at, t.actor_id, t.data, t.hash, e.name AS employee_name
     FROM rm_timeline t LEFT JOIN rm_employees e ON e.employee_id = t.employee_id
     WHERE t.case_id = $1 ORDER BY t.version`,
    [caseId],
  );
  const userIds = [...new Set(rows.flatMap((r) => [r.actor_id, r.data.responsibleId, r.data.leaderId]))].filter(isUuid);
  const users = new Map<string, string>(
    (await pool.query('SELECT id::text, name FROM users WHERE id = ANY($1::uuid[])', [userIds])).rows.map((u) => [u.id, u.name]),
  );
  const userName = (id: string) => users.get(id);
  const texts = describeStream(
    rows.map((row) => ({ type: row.type, data: row.data, actorId: row.actor_id, occurredAt: row.occurred_at.toISOString() })),
    { employeeName: rows[0]?.employee_name ?? null, userName },
  );
  return rows.map((row, index) => ({
    version: row.version,
    position: Number(row.position),
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    occurredAtLocal: formatOsloDateTime(row.occurred_at),
    actor: { id: row.actor_id, name: userName(row.actor_id) ?? UNKNOWN_USER_NB },
    text: texts[index],
    data: row.data,
    hash: row.hash,
  }));
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
