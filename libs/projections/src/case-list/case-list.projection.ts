import { PERSONAL_FIELDS, evolveCase, initialCaseState, type CaseEvent, type CaseState, type EventType } from '@app/case-domain';
import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../projection';
import { isErased } from '@app/event-store';
import { blankPaths } from '../sanitize';
import { counts, staticDeadlines } from './case-row';

interface Row {
  caseId: string;
  state: CaseState;
  title: string | null;
  lastActivityAt: string;
}

/**
 * case_list: one row per case for the overview — status, unit, leader, kind, counts, the
 * deadlines, last activity — and the case's state with every personal field blanked (it is
 * folded from events whose personal fields were nulled first), so the only personal data here
 * is the title, which an erasure blanks. The employee's name is joined from the directory.
 */
export class CaseListProjection implements Projection {
  readonly name = 'case_list';

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    const caseEvents = events.filter((e) => e.streamId.startsWith('case-'));
    const rows = await this.load(
      [...new Set(caseEvents.map((e) => e.streamId.slice('case-'.length)))],
      tx,
    );
    for (const event of caseEvents) {
      const caseId = event.streamId.slice('case-'.length);
      const row = rows.get(caseId) ?? { caseId, state: initialCaseState as CaseState, title: null, lastActivityAt: event.metadata.occurredAt };
      // Personal fields (erased or not) are nulled before folding: the stored state holds none.
      const impersonal = blankPaths(event.data, PERSONAL_FIELDS[event.type as EventType] ?? []);
      row.state = evolveCase(row.state, { type: event.type, data: impersonal } as CaseEvent, event.metadata);
      if (event.type === 'CaseOpened') row.title = isErased(event.data.title) ? null : ((event.data.title as string) ?? null);
      row.lastActivityAt = event.metadata.occurredAt;
      rows.set(caseId, row);
    }
    await this.save([...rows.values()], tx);
    for (const erased of events.filter((e) => e.type === 'EmployeeErased')) {
      await tx.query('UPDATE rm_cases SET title = NULL WHERE employee_id = $1', [erased.data.employeeId]);
    }
  }

  private async load(caseIds: string[], tx: EntityManager): Promise<Map<string, Row>> {
    if (caseIds.length === 0) return new Map();
    const found: { case_id: string; state: CaseState; title: string | null; last_activity_at: Date }[] = await tx.query(
      'SELECT case_id, state, title, last_activity_at FROM rm_cases WHERE case_id = ANY($1::uuid[])',
      [caseIds],
    );
    return new Map(found.map((r) => [r.case_id, { caseId: r.case_id, state: r.state, title: r.title, lastActivityAt: r.last_activity_at.toISOString() }]));
  }

  private async save(rows: Row[], tx: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    // One JSON document, not thirteen arrays: pg escapes array parameters slowly.
    const records = rows.map((r) => {
      const { openRisks, openActions } = counts(r.state);
      return {
        case_id: r.caseId,
        employee_id: r.state.employeeId,
        unit_id: r.state.unitId,
        leader_id: r.state.leaderId,
        kind: r.state.kind,
        status: r.state.status,
        title: r.title,
        opened_at: r.state.openedAt,
        last_activity_at: r.lastActivityAt,
        version: r.state.version,
        open_risks: openRisks,
        open_actions: openActions,
        state: r.state,
      };
    });
    await tx.query(
      `INSERT INTO rm_cases AS c (case_id, employee_id, unit_id, leader_id, kind, status, title, opened_at,
                                  last_activity_at, version, open_risks, open_actions, state)
       SELECT * FROM json_to_recordset($1::json) AS t(case_id uuid, employee_id uuid, unit_id uuid, leader_id uuid,
         kind text, status text, title text, opened_at timestamptz, last_activity_at timestamptz, version int,
         open_risks int, open_actions int, state jsonb)
       ON CONFLICT (case_id) DO UPDATE SET
         status = excluded.status, title = excluded.title, last_activity_at = excluded.last_activity_at,
         version = excluded.version, open_risks = excluded.open_risks, open_actions = excluded.open_actions,
         state = excluded.state`,
      [JSON.stringify(records)],
    );
    const caseIds = rows.map((r) => r.caseId);
    const deadlines = rows.flatMap((r) => staticDeadlines(r.state).map((d) => ({ caseId: r.caseId, ...d })));
    await tx.query('DELETE FROM rm_case_deadlines WHERE case_id = ANY($1::uuid[])', [caseIds]);
    if (deadlines.length === 0) return;
    await tx.query(
      `INSERT INTO rm_case_deadlines (case_id, kind, due_date, open)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bool[])`,
      [deadlines.map((d) => d.caseId), deadlines.map((d) => d.kind), deadlines.map((d) => d.dueDate), deadlines.map((d) => d.open)],
    );
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query('TRUNCATE rm_cases, rm_case_deadlines');
  }
}
