import { CASE_EVENT_TYPES, PERSONAL_FIELDS, type EventType } from '@app/case-domain';
import type { KeyStore, StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { EventsTable } from '../events-table';
import { withIndexesBuiltAfter } from '../indexes-built-after';
import type { Projection } from '../projection';
import { blankPaths, erasedPathsAsNull } from '../sanitize';
import { openEntries, type StoredEntry } from './open-entries';

/** Entries opened per step in the background: a new event waits for at most one step. */
const OPEN_BATCH = 200;

/**
 * case_timeline: every event of every case in stream order, with its hash and its data as
 * users read it, plus the event's `personal` metadata. The Norwegian sentence is written
 * when read (names can change; erasure must reach it). An erasure blanks the person's
 * fields in all their cases' entries.
 *
 * A rebuild copies the events table inside PostgreSQL, so its entries are *sealed*: they
 * keep the event store's ciphertext, which the timeline query opens when read. The runner
 * then opens them in the background (`tidy`), so that a read need not (decision 0014).
 */
export class CaseTimelineProjection implements Projection {
  readonly name = 'case_timeline';
  /** Only case events are kept; the employees' own events (national id) stay encrypted. */
  readonly decryptTypes = CASE_EVENT_TYPES;

  /** Where the background opening goes on from. */
  private openedUpTo: { caseId: string; version: number } | null = null;

  constructor(private readonly keys: KeyStore) {}

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    const rows = events.filter((e) => e.streamId.startsWith('case-'));
    if (rows.length) {
      const employees = await this.employeesOf(rows, tx);
      // Plain arrays, and the data as one jsonb array: PostgreSQL parses a JSON document of
      // whole rows (json_to_recordset) more slowly than it inserts them.
      await tx.query(
        `INSERT INTO rm_timeline (case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, data, personal, hash)
         SELECT e.case_id, e.version, e.position, e.event_id, e.type, e.occurred_at, e.actor_id, e.employee_id, d.data, p.personal, e.hash
         FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::uuid[], $9::text[])
                WITH ORDINALITY AS e(case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, hash, n)
         JOIN jsonb_array_elements($10::jsonb) WITH ORDINALITY AS d(data, n) USING (n)
         JOIN jsonb_array_elements($11::jsonb) WITH ORDINALITY AS p(personal, n) USING (n)
         ON CONFLICT (case_id, version) DO NOTHING`,
        [
          rows.map((e) => e.streamId.slice('case-'.length)),
          rows.map((e) => e.version),
          rows.map((e) => e.position),
          rows.map((e) => e.eventId),
          rows.map((e) => e.type),
          rows.map((e) => e.metadata.occurredAt),
          rows.map((e) => e.metadata.actorId),
          rows.map((e) => employees.get(e.streamId) ?? null),
          rows.map((e) => e.metadata.hash),
          // Decrypted by the store on the way in; an erased person's fields are null here.
          JSON.stringify(rows.map((e) => (e.metadata.personal ? erasedPathsAsNull(e.data, e.metadata.personal.fields) : e.data))),
          JSON.stringify(rows.map((e) => e.metadata.personal ?? null)),
        ],
      );
    }
    for (const erased of events.filter((e) => e.type === 'EmployeeErased')) await this.blank(String(erased.data.employeeId), tx);
  }

  /** The same entries, sealed, in one statement inside PostgreSQL: nothing for Node to decrypt. */
  async rebuildFrom(events: EventsTable, tx: EntityManager): Promise<void> {
    const fill = () => tx.query(
      `INSERT INTO rm_timeline (case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, data, personal, hash, sealed)
       SELECT substr(e.stream_id, 6)::uuid, e.version, e.position, e.event_id, e.type, (e.metadata->>'occurredAt')::timestamptz,
              e.metadata->>'actorId', o.employee_id, e.data, e.metadata->'personal', e.metadata->>'hash', e.metadata ? 'personal'
       FROM events e
       LEFT JOIN (SELECT stream_id, (data->>'employeeId')::uuid AS employee_id FROM events
                  WHERE type = 'CaseOpened' AND version = 1) o ON o.stream_id = e.stream_id
       WHERE starts_with(e.stream_id, 'case-') AND ${events.upTo('e')}`,
      events.params,
    );
    await withIndexesBuiltAfter(tx, ['rm_timeline'], fill);
    for (const erased of await events.ofTypes(tx, ['EmployeeErased'])) await this.blank(String(erased.data.employeeId), tx);
  }

  /**
   * Opens up to OPEN_BATCH sealed entries, as the timeline query would; 0 when none is left.
   * It goes on from the last entry it opened: from the start, each step would step over every
   * index entry the steps before it left dead. An entry blanked meanwhile is no longer sealed.
   */
  async tidy(tx: EntityManager): Promise<number> {
    // A step lost in a crash leaves its entries sealed, to be opened again: no need to wait
    // for the disk, and appends waiting for theirs do not queue behind it.
    await tx.query('SET LOCAL synchronous_commit = off');
    const after = this.openedUpTo;
    const entries: (StoredEntry & { case_id: string; version: number })[] = await tx.query(
      `SELECT case_id, version, event_id, data, personal FROM rm_timeline
       WHERE sealed AND ($1::uuid IS NULL OR (case_id, version) > ($1::uuid, $2::int))
       ORDER BY case_id, version LIMIT ${OPEN_BATCH}`,
      [after?.caseId ?? null, after?.version ?? 0],
    );
    if (!entries.length) {
      this.openedUpTo = null;
      return after ? this.tidy(tx) : 0; // a rebuild may have sealed entries behind us
    }
    const last = entries[entries.length - 1];
    this.openedUpTo = { caseId: last.case_id, version: last.version };
    await openEntries(entries, this.keys);
    await tx.query(
      `UPDATE rm_timeline t SET data = d.data, sealed = false
       FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS k(case_id, version, n)
       JOIN jsonb_array_elements($3::jsonb) WITH ORDINALITY AS d(data, n) USING (n)
       WHERE t.case_id = k.case_id AND t.version = k.version AND t.sealed`,
      [entries.map((e) => e.case_id), entries.map((e) => e.version), JSON.stringify(entries.map((e) => e.data))],
    );
    return entries.length;
  }

  /** stream id → the case's employee: from CaseOpened in this batch, else from the stored first entry. */
  private async employeesOf(rows: StoredEvent[], tx: EntityManager): Promise<Map<string, string>> {
    const employees = new Map<string, string>();
    for (const e of rows) if (e.type === 'CaseOpened') employees.set(e.streamId, String(e.data.employeeId));
    const unknown = [...new Set(rows.map((e) => e.streamId).filter((id) => !employees.has(id)))];
    if (unknown.length) {
      const found: { case_id: string; employee_id: string }[] = await tx.query(
        'SELECT case_id, employee_id FROM rm_timeline WHERE version = 1 AND case_id = ANY($1::uuid[])',
        [unknown.map((id) => id.slice('case-'.length))],
      );
      for (const row of found) employees.set(`case-${row.case_id}`, row.employee_id);
    }
    return employees;
  }

  /** Blanks the personal fields of every entry about the erased employee (clear text or not). */
  private async blank(employeeId: string, tx: EntityManager): Promise<void> {
    const entries: { case_id: string; version: number; type: string; data: Record<string, unknown> }[] = await tx.query(
      'SELECT case_id, version, type, data FROM rm_timeline WHERE employee_id = $1',
      [employeeId],
    );
    for (const entry of entries) {
      const paths = PERSONAL_FIELDS[entry.type as EventType] ?? [];
      if (paths.length === 0) continue;
      // Nothing of theirs is left to open.
      await tx.query('UPDATE rm_timeline SET data = $3, sealed = false WHERE case_id = $1 AND version = $2', [
        entry.case_id,
        entry.version,
        JSON.stringify(blankPaths(entry.data, paths)),
      ]);
    }
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query('TRUNCATE rm_timeline');
  }
}
