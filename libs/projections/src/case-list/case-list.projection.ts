import { PERSONAL_FIELDS, evolveCase, initialCaseState, type CaseEvent, type CaseState, type EventType } from '@app/case-domain';
import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { EventsTable } from '../events-table';
import { withIndexesBuiltAfter } from '../indexes-built-after';
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
  /** Only the title is kept in clear; every other personal field is blanked before folding. */
  readonly decryptTypes = ['CaseOpened'];
  /**
   * The rows this instance saved last, by case id. A case that was in the last batch is
   * usually in the next one; its stored version says whether the state kept here is still
   * the stored one (a rolled-back batch or another process makes it differ).
   */
  private saved = new Map<string, Row>();

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    const caseEvents = events.filter((e) => e.streamId.startsWith('case-'));
    const rows = this.fold(caseEvents, await this.load([...new Set(caseEvents.map((e) => e.streamId.slice('case-'.length)))], tx));
    await this.save([...rows.values()], tx);
    this.saved = rows;
    await this.blankTitles(events, tx);
  }

  /** Folds case events into their rows (the map is updated and returned). */
  private fold(caseEvents: StoredEvent[], rows: Map<string, Row>): Map<string, Row> {
    for (const event of caseEvents) {
      const caseId = event.streamId.slice('case-'.length);
      const row = rows.get(caseId) ?? { caseId, state: initialCaseState as CaseState, title: null, lastActivityAt: event.metadata.occurredAt };
      // Personal fields (erased, encrypted or not) are nulled before folding: the stored state holds
      // none. Both lists: today's, and what was encrypted when the event was written.
      const personal = [...(PERSONAL_FIELDS[event.type as EventType] ?? []), ...(event.metadata.personal?.fields ?? [])];
      const impersonal = blankPaths(event.data, personal);
      row.state = evolveCase(row.state, { type: event.type, data: impersonal } as CaseEvent, event.metadata);
      if (event.type === 'CaseOpened') row.title = isErased(event.data.title) ? null : ((event.data.title as string) ?? null);
      // Taking the documentation out is not work in the case: it must not move the case up the list.
      if (event.type !== 'CaseExported') row.lastActivityAt = event.metadata.occurredAt;
      rows.set(caseId, row);
    }
    return rows;
  }

  /** An erasure blanks the title, the only personal field kept (it gets no new version). */
  private async blankTitles(events: StoredEvent[], tx: EntityManager): Promise<void> {
    for (const erased of events.filter((e) => e.type === 'EmployeeErased')) {
      await tx.query('UPDATE rm_cases SET title = NULL WHERE employee_id = $1', [erased.data.employeeId]);
    }
  }

  /**
   * Case by case instead of in global order: each case's events arrive together, so its state
   * is folded once and written once, where a replay writes it again in every batch the case
   * appears in. A case's row depends only on its own stream and on erasures, which only blank
   * titles (and a title of an erased person decrypts as erased anyway), so the order between
   * cases does not change the result.
   */
  async rebuildFrom(events: EventsTable, tx: EntityManager): Promise<void> {
    // Each case arrives once and whole, into empty tables: nothing to load. PostgreSQL writes
    // one chunk while the next is folded here.
    await withIndexesBuiltAfter(tx, ['rm_cases', 'rm_case_deadlines'], async () => {
      let saving: Promise<void> = Promise.resolve();
      for await (const chunk of events.streams('case-', this.decryptTypes)) {
        const rows = this.fold(chunk, new Map());
        await saving;
        saving = this.save([...rows.values()], tx, { fresh: true });
        saving.catch(() => undefined); // awaited above or below; a failure must not go unhandled meanwhile
      }
      await saving;
    });
    await this.blankTitles(await events.ofTypes(tx, ['EmployeeErased'], []), tx);
  }

  /** The stored rows of these cases; the states kept from the last batch are not read again. */
  private async load(caseIds: string[], tx: EntityManager): Promise<Map<string, Row>> {
    if (caseIds.length === 0) return new Map();
    const stored: { case_id: string; version: number; title: string | null }[] = await tx.query(
      'SELECT case_id, version, title FROM rm_cases WHERE case_id = ANY($1::uuid[])',
      [caseIds],
    );
    const rows = new Map<string, Row>();
    const missing: string[] = [];
    for (const { case_id, version, title } of stored) {
      const kept = this.saved.get(case_id);
      // The title is read each time: an erasure blanks it without a new version.
      if (kept?.state.version === version) rows.set(case_id, { ...kept, title });
      else missing.push(case_id);
    }
    if (missing.length === 0) return rows;
    const found: { case_id: string; state: CaseState; title: string | null; last_activity_at: Date }[] = await tx.query(
      'SELECT case_id, state, title, last_activity_at FROM rm_cases WHERE case_id = ANY($1::uuid[])',
      [missing],
    );
    for (const r of found) rows.set(r.case_id, { caseId: r.case_id, state: r.state, title: r.title, lastActivityAt: r.last_activity_at.toISOString() });
    return rows;
  }

  /** `fresh`: these cases have no rows yet (a rebuild); nothing to delete first. */
  private async save(rows: Row[], tx: EntityManager, { fresh = false } = {}): Promise<void> {
    if (rows.length === 0) return;
    const counted = rows.map((r) => ({ row: r, ...counts(r.state) }));
    // Plain arrays, and the states as one jsonb array: a JSON document of whole rows would
    // make PostgreSQL parse every state twice.
    await tx.query(
      `INSERT INTO rm_cases AS c (case_id, employee_id, unit_id, leader_id, kind, status, title, opened_at,
                                  last_activity_at, version, open_risks, open_actions, state)
       SELECT r.case_id, r.employee_id, r.unit_id, r.leader_id, r.kind, r.status, r.title, r.opened_at,
              r.last_activity_at, r.version, r.open_risks, r.open_actions, s.state
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                   $9::timestamptz[], $10::int[], $11::int[], $12::int[])
              WITH ORDINALITY AS r(case_id, employee_id, unit_id, leader_id, kind, status, title, opened_at,
                                   last_activity_at, version, open_risks, open_actions, n)
       JOIN jsonb_array_elements($13::jsonb) WITH ORDINALITY AS s(state, n) USING (n)
       ON CONFLICT (case_id) DO UPDATE SET
         status = excluded.status, title = excluded.title, last_activity_at = excluded.last_activity_at,
         version = excluded.version, open_risks = excluded.open_risks, open_actions = excluded.open_actions,
         state = excluded.state`,
      [
        rows.map((r) => r.caseId),
        rows.map((r) => r.state.employeeId),
        rows.map((r) => r.state.unitId),
        rows.map((r) => r.state.leaderId),
        rows.map((r) => r.state.kind),
        rows.map((r) => r.state.status),
        rows.map((r) => r.title),
        rows.map((r) => r.state.openedAt),
        rows.map((r) => r.lastActivityAt),
        rows.map((r) => r.state.version),
        counted.map((c) => c.openRisks),
        counted.map((c) => c.openActions),
        JSON.stringify(rows.map((r) => r.state)),
      ],
    );
    const caseIds = rows.map((r) => r.caseId);
    const deadlines = rows.flatMap((r) => staticDeadlines(r.state).map((d) => ({ caseId: r.caseId, ...d })));
    // In a rebuild the index on case_id is dropped until the end: this would scan the table.
    if (!fresh) await tx.query('DELETE FROM rm_case_deadlines WHERE case_id = ANY($1::uuid[])', [caseIds]);
    if (deadlines.length === 0) return;
    await tx.query(
      `INSERT INTO rm_case_deadlines (case_id, kind, due_date, open)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bool[])`,
      [deadlines.map((d) => d.caseId), deadlines.map((d) => d.kind), deadlines.map((d) => d.dueDate), deadlines.map((d) => d.open)],
    );
  }

  async reset(tx: EntityManager): Promise<void> {
    this.saved = new Map();
    await tx.query('TRUNCATE rm_cases, rm_case_deadlines');
  }
}
