import { randomUUID } from 'node:crypto';
import { personalDataOf, type EventType } from '@app/case-domain';
import type { EncryptingEventStore, KeyStore } from '@app/event-store';
import {
  CaseListProjection,
  CaseTimelineProjection,
  DirectoryProjection,
  ProjectionRunner,
  StreamIndexProjection,
  rebuildProjection,
  tidyFully,
  type Projection,
} from '@app/projections';
import { EventsTable } from '../../libs/projections/src/events-table';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { caseTimeline } from '../../apps/api/src/read-models/case-timeline.query';
import { createTestDatabase, encryptedStoreOn, poolOf } from '../support/test-database';

let dataSource: DataSource;
let url: string;
let keys: KeyStore;
let store: EncryptingEventStore;

beforeAll(async () => {
  ({ dataSource, url } = await createTestDatabase());
  ({ keys, store } = encryptedStoreOn(dataSource));
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

const actor = { actorId: randomUUID() };
const unitId = randomUUID();

async function append(streamId: string, type: string, data: Record<string, unknown>, subject?: string): Promise<number> {
  const personal = subject ? personalDataOf(type as EventType, subject) : undefined;
  const { position } = await store.append(streamId, [{ eventId: randomUUID(), type, data, context: actor, personal }], 'any');
  return position;
}

async function registerEmployee(name: string): Promise<string> {
  const employeeId = randomUUID();
  await append(`employee-${employeeId}`, 'EmployeeRegistered', { employeeId, name, unitId, position: 'Sykepleier' }, employeeId);
  return employeeId;
}

async function openCase(employeeId: string, title: string): Promise<string> {
  const caseId = randomUUID();
  await append(`case-${caseId}`, 'CaseOpened', { caseId, employeeId, leaderId: actor.actorId, unitId, kind: 'combined', title, summary: 'Samtale' }, employeeId);
  return caseId;
}

/** A few events of an ongoing case: an absence, a risk, a measure agreed and completed, a note. */
async function work(caseId: string, employeeId: string, n: number): Promise<number> {
  const riskId = randomUUID();
  const actionId = randomUUID();
  await append(`case-${caseId}`, 'AbsenceRecorded', { absenceId: randomUUID(), from: '2026-03-02', grade: 100, kind: 'sick_note' }, employeeId);
  await append(`case-${caseId}`, 'RiskIdentified', { riskId, factor: 'workload', description: `Arbeidspress ${n}`, severity: 'high', source: 'conversation' }, employeeId);
  await append(`case-${caseId}`, 'ActionAgreed', { actionId, title: `Tiltak ${n}`, riskIds: [riskId], responsibleId: actor.actorId, dueDate: '2026-04-01', participants: ['employee', 'leader'] }, employeeId);
  await append(`case-${caseId}`, 'ActionCompleted', { actionId, completedOn: '2026-03-20', outcome: `Gjort ${n}` }, employeeId);
  return append(`case-${caseId}`, 'NoteAdded', { noteId: randomUUID(), text: `Hemmelig notat ${n}` }, employeeId);
}

/** The same projection without its shortcut: a rebuild then replays every event in global order. */
function replayOnly(projection: Projection): Projection {
  return { name: projection.name, decryptTypes: projection.decryptTypes, apply: projection.apply.bind(projection), reset: projection.reset.bind(projection) };
}

const TABLES: Record<string, string[]> = {
  stream_index: ['stream_index'],
  directory: ['rm_organisation', 'rm_units', 'rm_employees'],
  case_timeline: ['rm_timeline'],
  case_list: ['rm_cases', 'rm_case_deadlines'],
};

/** Every row of the read model's tables, as text, in a fixed order (projected_at is write time). */
async function contents(projection: Projection): Promise<string[]> {
  const rows: string[] = [];
  for (const table of TABLES[projection.name]) {
    const result: { row: string }[] = await dataSource.query(`SELECT (to_jsonb(x) - 'projected_at')::text AS row FROM ${table} x ORDER BY 1`);
    rows.push(...result.map((r) => `${table}: ${r.row}`));
  }
  return rows;
}

const projections = (): Projection[] => [new StreamIndexProjection(), new DirectoryProjection(), new CaseTimelineProjection(keys), new CaseListProjection()];

const sealedEntries = async (caseId?: string): Promise<number> =>
  Number((await dataSource.query('SELECT count(*) AS n FROM rm_timeline WHERE sealed AND ($1::uuid IS NULL OR case_id = $1)', [caseId ?? null]))[0].n);

async function untilNoneSealed(timeoutMs: number): Promise<void> {
  for (let waited = 0; (await sealedEntries()) > 0; waited += 50) {
    if (waited > timeoutMs) throw new Error(`${await sealedEntries()} timeline entries still sealed after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** True while another session of this database waits for a lock. */
const someoneWaitsForALock = async (): Promise<boolean> =>
  (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()) AS waiting`))[0].waiting;

/** What the timeline table holds for a case, as one text. */
const storedTimeline = async (caseId: string): Promise<string> =>
  (await dataSource.query('SELECT data::text AS data FROM rm_timeline WHERE case_id = $1 ORDER BY version', [caseId])).map((r: { data: string }) => r.data).join('\n');

describe('rebuilding from the events table', () => {
  let erasedCaseId: string;
  let keptCaseId: string;
  let kept: string;

  beforeAll(async () => {
    await append('organisation', 'OrganisationDetailsSet', { name: 'Testkommune', orgNumber: '974760673' });
    await append('organisation', 'UnitAdded', { unitId, name: 'Hjemmetjenesten' });
    const erased = await registerEmployee('Eva Slettes');
    kept = await registerEmployee('Kari Beholdes');
    erasedCaseId = await openCase(erased, 'Eva sin sak');
    keptCaseId = await openCase(kept, 'Kari sin sak');
    const other = await openCase(kept, 'Kari sin andre sak');
    // Interleaved, like live traffic: global order and stream order differ.
    for (let n = 0; n < 3; n++) {
      await work(erasedCaseId, erased, n);
      await work(keptCaseId, kept, n);
      await work(other, kept, n);
    }
    await append(`case-${other}`, 'CaseExported', { format: 'pdf', digest: 'a'.repeat(64) });
    await keys.erase(erased);
    await append(`employee-${erased}`, 'EmployeeErased', { employeeId: erased, reason: 'Begjæring' });
    await work(keptCaseId, kept, 9); // after the erasure
  });

  it.each(['stream_index', 'directory', 'case_timeline', 'case_list'])('gives %s exactly what a replay in global order gives', async (name) => {
    const projection = projections().find((p) => p.name === name)!;
    await rebuildProjection(dataSource, store, replayOnly(projection));
    const replayed = await contents(projection);
    expect(replayed.length).toBeGreaterThan(3);

    const shortcut = projection.rebuildFrom ? jest.spyOn(projection as Required<Projection>, 'rebuildFrom') : null;
    const { applied } = await rebuildProjection(dataSource, store, projection);
    if (shortcut) expect(shortcut).toHaveBeenCalledTimes(1);
    expect(applied).toBe(Number((await dataSource.query('SELECT count(*) AS n FROM events'))[0].n));
    await tidyFully(dataSource, projection); // what a caught-up runner does next (the timeline's sealed entries)
    expect(await contents(projection)).toEqual(replayed);
  });

  it('leaves every index of the read models as the migrations made it', async () => {
    const indexes = () => dataSource.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1) ORDER BY indexname`, [Object.values(TABLES).flat()]);
    const before = await indexes();
    expect(before.map((i: { indexname: string }) => i.indexname)).toEqual(expect.arrayContaining(['rm_cases_title_search', 'rm_timeline_employee']));
    for (const projection of projections()) await rebuildProjection(dataSource, store, projection);
    expect(await indexes()).toEqual(before);
  });

  it('leaves the timeline sealed, reads it the same, and the caught-up runner opens it in the background', async () => {
    const projection = new CaseTimelineProjection(keys);
    await rebuildProjection(dataSource, store, projection);
    expect(await storedTimeline(keptCaseId)).not.toContain('Hemmelig notat');
    expect(await sealedEntries(keptCaseId)).toBeGreaterThan(10);
    const read = () => caseTimeline(poolOf(dataSource), keys, keptCaseId);
    const beforeOpening = await read();
    expect(beforeOpening.map((e) => e.data.text).filter(Boolean)).toEqual(['Hemmelig notat 0', 'Hemmelig notat 1', 'Hemmelig notat 2', 'Hemmelig notat 9']);

    const runner = new ProjectionRunner(dataSource, store, projection);
    runner.start();
    try {
      await untilNoneSealed(10_000);
    } finally {
      await runner.stop();
    }
    expect(await storedTimeline(keptCaseId)).toContain('Hemmelig notat 9');
    expect(await storedTimeline(keptCaseId)).not.toContain('$encrypted');
    expect(await read()).toEqual(beforeOpening);
    // The erased person: blanked when sealed, and nothing of them opened since.
    expect(await storedTimeline(erasedCaseId)).not.toMatch(/Eva|Hemmelig|\$encrypted/);
    expect(JSON.stringify(await caseTimeline(poolOf(dataSource), keys, erasedCaseId))).not.toContain('Eva');
  });

  it("is opened by a server's idle runner when a rebuild in another process has sealed it", async () => {
    await tidyFully(dataSource, new CaseTimelineProjection(keys));
    const projection = new CaseTimelineProjection(keys);
    const steps = jest.spyOn(projection, 'tidy');
    const runner = new ProjectionRunner(dataSource, store, projection, { tidyRecheckMs: 200 });
    runner.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // idle, and found nothing to open
      const before = steps.mock.results.length;
      await rebuildProjection(dataSource, store, new CaseTimelineProjection(keys)); // as the CLI does
      await untilNoneSealed(5_000);
      const opened = await Promise.all(steps.mock.results.slice(before).map((r) => r.value as Promise<number>));
      expect(opened.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(10); // the runner opened them
    } finally {
      await runner.stop();
    }
  });

  it.each(['sealed', 'opened'])('reads %s fields as null from the moment a key is erased, before the erasure event is projected', async (form) => {
    const person = await registerEmployee('Nora Nøkkelløs');
    const caseId = await openCase(person, 'Nora sin sak');
    await work(caseId, person, 1);
    const projection = new CaseTimelineProjection(keys);
    await rebuildProjection(dataSource, store, projection);
    if (form === 'opened') await tidyFully(dataSource, projection);
    expect(await storedTimeline(caseId)).toContain(form === 'opened' ? 'Hemmelig notat 1' : '$encrypted');
    expect((await caseTimeline(poolOf(dataSource), keys, caseId)).find((e) => e.type === 'NoteAdded')?.data.text).toBe('Hemmelig notat 1');

    await keys.erase(person); // no EmployeeErased yet: the entries still hold what they held
    const timeline = await caseTimeline(poolOf(dataSource), keys, caseId);
    expect(timeline.find((e) => e.type === 'NoteAdded')?.data.text).toBeNull();
    expect(timeline[0].data.title).toBeNull();
    expect(JSON.stringify(timeline)).not.toMatch(/Nora sin sak|Hemmelig|\$erased|\$encrypted/);

    // Opening entries whose key is gone leaves their fields blank, not ciphertext.
    await tidyFully(dataSource, projection);
    expect(await sealedEntries(caseId)).toBe(0);
    if (form === 'sealed') expect(await storedTimeline(caseId)).not.toMatch(/Nora sin sak|Hemmelig|\$erased|\$encrypted/);
    expect(await caseTimeline(poolOf(dataSource), keys, caseId)).toEqual(timeline);
  });

  it('never writes opened text over an erasure that commits while a step is opening the same entries', async () => {
    const person = await registerEmployee('Ola Opptatt');
    const caseId = await openCase(person, 'Ola sin sak');
    await work(caseId, person, 1);
    const projection = new CaseTimelineProjection(keys);
    await rebuildProjection(dataSource, store, projection);
    // The erasure event without the key's deletion: as seen by a process whose key cache still holds it.
    await append(`employee-${person}`, 'EmployeeErased', { employeeId: person, reason: 'Begjæring' });
    const [erasure] = (await store.read(`employee-${person}`)).filter((e) => e.type === 'EmployeeErased');

    let opening: Promise<number> | undefined;
    await dataSource.transaction(async (tx) => {
      await projection.apply([erasure], tx); // blanks Ola's entries; their row locks are held until commit
      opening = tidyFully(dataSource, projection); // has read them sealed, and waits to write them
      opening.catch(() => undefined); // awaited below
      for (let waited = 0; !(await someoneWaitsForALock()); waited += 20) {
        if (waited > 5000) throw new Error('the opening never reached the locked entries');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await opening;
    await tidyFully(dataSource, projection);
    expect(await sealedEntries(caseId)).toBe(0);
    expect(await storedTimeline(caseId)).not.toMatch(/Ola sin sak|Hemmelig|\$encrypted/);
  });

  it('leaves events of a transaction still open at the boundary to the runner, which applies them once', async () => {
    const projection = new CaseListProjection();
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_current_xact_id()'); // every later transaction is held back from readers
      const late = await work(keptCaseId, kept, 10);
      await rebuildProjection(dataSource, store, projection);
      const [{ version }] = await dataSource.query('SELECT version FROM rm_cases WHERE case_id = $1', [keptCaseId]);
      expect(version).toBe(1 + 5 * 5 - 5); // the five events of the held-back transaction are not in yet
      await holder.query('COMMIT');
      const runner = new ProjectionRunner(dataSource, store, projection);
      runner.start();
      expect(await runner.waitFor(late, 5000)).toBe(true);
      await runner.stop();
    } finally {
      await holder.end();
    }
    const live = await contents(projection);
    await rebuildProjection(dataSource, store, replayOnly(projection));
    expect(await contents(projection)).toEqual(live);
  });

  it('stays exact when events arrive and a live runner applies batches during the rebuild', async () => {
    const projection = new CaseListProjection();
    const runner = new ProjectionRunner(dataSource, store, new CaseListProjection(), { batchSize: 3 });
    runner.start();
    try {
      const writing = (async () => {
        let last = 0;
        for (let n = 20; n < 26; n++) last = await work(keptCaseId, kept, n);
        return last;
      })();
      await rebuildProjection(dataSource, store, projection);
      expect(await runner.waitFor(await writing, 10_000)).toBe(true);
    } finally {
      await runner.stop();
    }
    const live = await contents(projection);
    await rebuildProjection(dataSource, store, replayOnly(projection));
    expect(await contents(projection)).toEqual(live);
  });
});

describe('EventsTable.streams', () => {
  it('yields every event of the prefix once, stream by stream in version order, never splitting a stream', async () => {
    const lengths = [1, 7, 2, 3, 5];
    const ids = lengths.map(() => `tstream-${randomUUID()}`);
    for (let v = 0; v < 7; v++) {
      for (const [i, id] of ids.entries()) if (v < lengths[i]) await store.append(id, [{ eventId: randomUUID(), type: 'Tick', data: { v }, context: actor }], 'any');
    }
    const chunks = await dataSource.transaction(async (tx) => {
      const table = await EventsTable.at(tx, dataSource, async (events) => events);
      const out: { streamId: string; version: number }[][] = [];
      for await (const chunk of table!.streams('tstream-', [], 3)) out.push(chunk.map((e) => ({ streamId: e.streamId, version: e.version })));
      return out;
    });
    const all = chunks.flat();
    const expected = [...ids].sort().flatMap((id) => Array.from({ length: lengths[ids.indexOf(id)] }, (_, k) => ({ streamId: id, version: k + 1 })));
    expect(all).toEqual(expected);
    const chunkOf = new Map<string, Set<number>>();
    chunks.forEach((chunk, n) => chunk.forEach((e) => chunkOf.set(e.streamId, (chunkOf.get(e.streamId) ?? new Set()).add(n))));
    for (const [, seen] of chunkOf) expect(seen.size).toBe(1);
    expect(chunks.length).toBeGreaterThan(1);
  });
});
