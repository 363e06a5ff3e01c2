import { randomUUID } from 'node:crypto';
import { personalDataOf, type EventType } from '@app/case-domain';
import { START, type EncryptingEventStore, type KeyStore, type StoredEvent } from '@app/event-store';
import { CaseListProjection, rebuildProjection } from '@app/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, encryptedStoreOn } from '../support/test-database';

let dataSource: DataSource;
let keys: KeyStore;
let store: EncryptingEventStore;

beforeAll(async () => {
  ({ dataSource } = await createTestDatabase());
  ({ keys, store } = encryptedStoreOn(dataSource));
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

const actor = { actorId: randomUUID() };

async function caseEvent(caseId: string, employeeId: string, type: EventType, data: Record<string, unknown>): Promise<void> {
  await store.append(`case-${caseId}`, [{ eventId: randomUUID(), type, data, context: actor, personal: personalDataOf(type, employeeId) }], 'any');
}

const digest = () =>
  dataSource.query(
    `SELECT case_id, title, status, version, open_risks, open_actions, last_activity_at, state::text,
       (SELECT json_agg(d ORDER BY d.kind, d.due_date, d.open) FROM rm_case_deadlines d WHERE d.case_id = c.case_id) AS deadlines
     FROM rm_cases c ORDER BY case_id`,
  );

async function applyBatch(projection: CaseListProjection, events: StoredEvent[], commit = true): Promise<void> {
  await dataSource
    .transaction(async (tx) => {
      await projection.apply(events, tx);
      if (!commit) throw new Error('rolled back');
    })
    .catch((error: Error) => {
      if (commit || error.message !== 'rolled back') throw error;
    });
}

describe('case_list across batches', () => {
  it('equals a rebuild after rolled-back batches, batches applied by another process and an erasure', async () => {
    const employee = randomUUID();
    const cases = [randomUUID(), randomUUID()];
    const unitId = randomUUID();
    for (const caseId of cases) {
      await caseEvent(caseId, employee, 'CaseOpened', { caseId, employeeId: employee, leaderId: actor.actorId, unitId, kind: 'combined', title: 'Kari sin sak' });
      await caseEvent(caseId, employee, 'AbsenceRecorded', { absenceId: randomUUID(), from: '2026-01-05', grade: 100, kind: 'sick_note' });
    }
    for (let i = 0; i < 3; i++) {
      for (const caseId of cases) {
        await caseEvent(caseId, employee, 'RiskIdentified', { riskId: randomUUID(), factor: 'workload', description: `Risiko ${i}`, severity: 'high', source: 'conversation' });
        await caseEvent(caseId, employee, 'NoteAdded', { noteId: randomUUID(), text: `Notat ${i}` });
      }
    }
    const projection = new CaseListProjection();
    const read = async () => (await store.readAll(START, 10_000, { decryptTypes: projection.decryptTypes })).events;
    const before = await read();

    await applyBatch(projection, before.slice(0, 6));
    await applyBatch(projection, before.slice(6, 10), false); // this instance's states ran ahead of the table
    await applyBatch(projection, before.slice(6, 10));
    await applyBatch(new CaseListProjection(), before.slice(10, 12)); // another process moved one case on
    await keys.erase(employee);
    await store.append(`employee-${employee}`, [{ eventId: randomUUID(), type: 'EmployeeErased', data: { employeeId: employee, reason: 'Begjæring' }, context: actor }], 'any');
    const erasure = (await read()).slice(before.length);
    await applyBatch(new CaseListProjection(), erasure); // the title is blanked without a new case version
    await applyBatch(projection, before.slice(12));
    const incremental = await digest();
    expect(incremental).toHaveLength(2);
    expect(incremental.map((r: { title: string | null; version: number }) => [r.title, r.version])).toEqual([
      [null, 8],
      [null, 8],
    ]);

    await rebuildProjection(dataSource, store, new CaseListProjection());
    expect(await digest()).toEqual(incremental);
  });
});
