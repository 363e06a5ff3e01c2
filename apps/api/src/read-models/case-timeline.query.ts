import { UNKNOWN_USER_NB, describeStream, formatOsloDateTime } from '@app/case-domain';
import type { KeyStore } from '@app/event-store';
import { openEntries } from '@app/projections';
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
 * with a Norwegian sentence written now, from today's names (users and the employee). The
 * entries a rebuild left sealed are opened here until the runner has opened them, and an
 * erased person's fields read as null.
 */
export async function caseTimeline(pool: Pool, keys: KeyStore, caseId: string): Promise<TimelineEntry[]> {
  // The employee's name once, beside the entries rather than joined onto each of them.
  const employee = pool.query(
    'SELECT e.name FROM rm_timeline t JOIN rm_employees e ON e.employee_id = t.employee_id WHERE t.case_id = $1 AND t.version = 1',
    [caseId],
  );
  employee.catch(() => undefined); // awaited below
  const { rows } = await pool.query(
    // The time as ISO text straight from PostgreSQL: parsing and re-printing 1,000 dates costs more.
    `SELECT version, position, event_id, type, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
            actor_id, data, personal, hash
     FROM rm_timeline WHERE case_id = $1 ORDER BY version`,
    [caseId],
  );
  // User ids are never personal fields: their names are fetched while sealed fields are opened.
  const userIds = new Set<string>();
  for (const r of rows) for (const id of [r.actor_id, r.data.responsibleId, r.data.leaderId]) if (isUuid(id)) userIds.add(id);
  const names = pool.query('SELECT id::text, name FROM users WHERE id = ANY($1::uuid[])', [[...userIds]]);
  names.catch(() => undefined); // awaited below, after the decryption, which may throw first
  await openEntries(rows, keys);
  const users = new Map<string, string>((await names).rows.map((u) => [u.id, u.name]));
  const employeeName: string | null = (await employee).rows[0]?.name ?? null;
  const userName = (id: string) => users.get(id);
  const texts = describeStream(
    rows.map((row) => ({ type: row.type, data: row.data, actorId: row.actor_id, occurredAt: row.occurred_at })),
    { employeeName, userName },
  );
  return rows.map((row, index) => ({
    version: row.version,
    position: Number(row.position),
    type: row.type,
    occurredAt: row.occurred_at,
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
