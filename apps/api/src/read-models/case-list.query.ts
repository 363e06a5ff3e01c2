import { DEADLINE_LABELS_NB, allDeadlines, nextDeadline, type CaseState, type IsoDate } from '@app/case-domain';
import type { Pool } from 'pg';
import { escapeLike } from './escape-like';
import { ProblemException } from '../http/problem';

export interface CaseListFilter {
  status?: 'open' | 'closed';
  unitId?: string;
  leaderId?: string;
  overdue?: boolean;
  q?: string;
  limit: number;
  cursor?: string;
}

export interface CaseListItem {
  id: string;
  title: string | null;
  status: string;
  kind: string;
  employee: { id: string; name: string | null };
  unit: { id: string; name: string | null };
  leader: { id: string; name: string | null };
  openRisks: number;
  openActions: number;
  currentAbsence: { from: string; to: string | null; grade: number; kind: string } | null;
  nextDeadline: { code: string; label: string; dueDate: string; status: string } | null;
  lastActivityAt: string;
  version: number;
}

/**
 * The case overview from the case_list read model: filters in SQL (overdue against today's
 * date in Oslo), newest activity first, keyset pagination by (last activity, id).
 */
export async function listCases(pool: Pool, filter: CaseListFilter, today: IsoDate): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.status) where.push(`c.status = ${param(filter.status)}`);
  if (filter.unitId) where.push(`c.unit_id = ${param(filter.unitId)}`);
  if (filter.leaderId) where.push(`c.leader_id = ${param(filter.leaderId)}`);
  if (filter.overdue !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM rm_case_deadlines d WHERE d.case_id = c.case_id AND d.open AND d.kind = 'duty' AND d.due_date < ${param(today)})`;
    where.push(filter.overdue ? exists : `NOT ${exists}`);
  }
  if (filter.q) {
    const pattern = param(`%${escapeLike(filter.q.toLowerCase())}%`);
    where.push(`(lower(c.title) LIKE ${pattern} OR lower(e.name) LIKE ${pattern})`);
  }
  if (filter.cursor) {
    const { at, id } = decodeCursor(filter.cursor);
    where.push(`(c.last_activity_at, c.case_id) < (${param(at)}::timestamptz, ${param(id)}::uuid)`);
  }
  const { rows } = await pool.query(
    `SELECT c.*, e.name AS employee_name, u.name AS unit_name, l.name AS leader_name
     FROM rm_cases c
     LEFT JOIN rm_employees e ON e.employee_id = c.employee_id
     LEFT JOIN rm_units u ON u.unit_id = c.unit_id
     LEFT JOIN users l ON l.id = c.leader_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.last_activity_at DESC, c.case_id DESC
     LIMIT ${param(filter.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toItem(row, today)),
    nextCursor: rows.length > filter.limit ? encodeCursor(last.last_activity_at.toISOString(), last.case_id) : null,
  };
}

function toItem(row: Record<string, any>, today: IsoDate): CaseListItem {
  const state = row.state as CaseState;
  const next = nextDeadline(allDeadlines(state, today));
  const absence = state.absences.find((a) => a.from <= today && (!a.to || a.to >= today)) ?? null;
  return {
    id: row.case_id,
    title: row.title,
    status: row.status,
    kind: row.kind,
    employee: { id: row.employee_id, name: row.employee_name ?? null },
    unit: { id: row.unit_id, name: row.unit_name ?? null },
    leader: { id: row.leader_id, name: row.leader_name ?? null },
    openRisks: row.open_risks,
    openActions: row.open_actions,
    currentAbsence: absence ? { from: absence.from, to: absence.to ?? null, grade: absence.grade, kind: absence.kind } : null,
    nextDeadline: next ? { code: next.code, label: DEADLINE_LABELS_NB[next.code], dueDate: next.dueDate, status: next.status } : null,
    lastActivityAt: row.last_activity_at.toISOString(),
    version: row.version,
  };
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
      { field: 'cursor', code: 'INVALID_CURSOR', message: 'must be the nextCursor of a previous page' },
    ]);
  }
  return { at, id };
}
