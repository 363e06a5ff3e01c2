import { FACTOR_LABELS_NB, describeEvent, type CaseEvent } from '@app/case-domain';
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

const OSLO = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

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
  const risks = new Map<string, string>();
  const actions = new Map<string, string | null>();
  const leaderId = rows.find((r) => r.type === 'CaseOpened')?.data.leaderId;
  return rows.map((row) => {
    const event = { type: row.type, data: row.data } as CaseEvent;
    if (row.type === 'RiskIdentified') risks.set(row.data.riskId, FACTOR_LABELS_NB[row.data.factor as keyof typeof FACTOR_LABELS_NB] ?? row.data.factor);
    if (row.type === 'ActionAgreed') actions.set(row.data.actionId, row.data.title ?? null);
    const occurredAt: string = row.occurred_at.toISOString();
    const actorName = users.get(row.actor_id) ?? 'Ukjent bruker';
    return {
      version: row.version,
      position: Number(row.position),
      type: row.type,
      occurredAt,
      occurredAtLocal: OSLO.format(row.occurred_at).replace(',', ''),
      actor: { id: row.actor_id, name: actorName },
      text: describeEvent(event, {
        actorName,
        employeeName: row.employee_name ?? null,
        userName: (id) => users.get(id),
        riskLabel: (id) => risks.get(id),
        actionTitle: (id) => actions.get(id),
        occurredAt,
        actorIsLeader: row.actor_id === leaderId,
      }),
      data: row.data,
      hash: row.hash,
    };
  });
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
