import { addDays, calendarDate } from '@app/case-domain';
import { rebuildProjection } from '@app/projections';
import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;
const today = () => calendarDate(new Date(), 'Europe/Oslo');

beforeAll(async () => {
  app = await startTestApp();
  world = await caseWorld(app);
});

afterAll(() => app.close());

async function list(client = world.hr.client, query = '') {
  const { position } = await app.runtime.store.health().then((h) => ({ position: h.headPosition }));
  const answer = await client.get(`/api/cases?minPosition=${position}${query}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('GET /api/cases', () => {
  it('shows each case with employee, unit, leader, counts, absence and next deadline, newest first', async () => {
    const caseId = await openCase(world, 'Sykefravær etter konflikt');
    await world.hr.client.post(`/api/cases/${caseId}/risks`, VALID.risk);
    await world.hr.client.post(`/api/cases/${caseId}/absences`, { from: addDays(today(), -20), grade: 60, kind: 'sick_note' });
    await world.leader.client.post(`/api/cases/${caseId}/actions`, VALID.action(world.leader.id));
    const { items } = await list();
    expect(items[0]).toMatchObject({
      id: caseId,
      title: 'Sykefravær etter konflikt',
      status: 'open',
      kind: 'combined',
      employee: { id: world.employeeId, name: 'Kari Nordmann' },
      unit: { id: world.unitId, name: expect.stringContaining('Hjemmetjenesten') },
      leader: { id: world.leader.id, name: 'Lars Øvrebø' },
      openRisks: 1,
      openActions: 1,
      currentAbsence: { from: addDays(today(), -20), grade: 60, kind: 'sick_note' },
      nextDeadline: { code: 'follow_up_plan', dueDate: addDays(today(), 8), status: 'upcoming' },
      version: 4,
    });
  });

  it('filters by status, overdue and free text, and pages with a cursor', async () => {
    const overdueCase = await openCase(world, 'Forfalt oppfølgingsplan');
    await world.hr.client.post(`/api/cases/${overdueCase}/absences`, { from: addDays(today(), -40), grade: 100, kind: 'sick_note' });
    const closedCase = await openCase(world, 'Avsluttet sak');
    await world.hr.client.post(`/api/cases/${closedCase}/closure`, VALID.closure);

    const overdue = await list(world.hr.client, '&overdue=true');
    expect(overdue.items.map((c: { id: string }) => c.id)).toContain(overdueCase);
    expect(overdue.items.map((c: { id: string }) => c.id)).not.toContain(closedCase);
    expect(overdue.items.find((c: { id: string }) => c.id === overdueCase).nextDeadline).toMatchObject({ code: 'follow_up_plan', status: 'overdue' });
    const closed = await list(world.hr.client, '&status=closed');
    expect(closed.items.map((c: { id: string }) => c.id)).toEqual([closedCase]);
    const found = await list(world.hr.client, '&q=FORFALT');
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([overdueCase]);
    expect((await list(world.hr.client, '&q=kari')).items.length).toBeGreaterThan(2);

    const all = (await list(world.hr.client, '&limit=100')).items.map((c: { id: string }) => c.id);
    const paged: string[] = [];
    let cursor = '';
    for (;;) {
      const page = await list(world.hr.client, `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items.map((c: { id: string }) => c.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(all);
  });

  it('gives a leader only their own cases and the safety representative none', async () => {
    const mine = await openCase(world);
    const others = await world.hr.client.post('/api/cases', { employeeId: world.employeeId, leaderId: world.otherLeader.id, kind: 'psychosocial', title: 'Annen leders sak' });
    const leaders = await list(world.leader.client, `&leaderId=${world.otherLeader.id}&limit=100`);
    const ids = leaders.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(others.body.id);
    expect(leaders.items.every((c: { leader: { id: string } }) => c.leader.id === world.leader.id)).toBe(true);
    expect((await world.safetyRep.client.get('/api/cases')).status).toBe(403);
  });

  it('refuses bad filters, naming them', async () => {
    for (const [query, field] of [['status=maybe', 'status'], ['limit=0', 'limit'], ['unitId=x', 'unitId'], ['cursor=bad', 'cursor']]) {
      const answer = await world.hr.client.get(`/api/cases?${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });

  it('blanks the title and the name after an erasure, and a rebuild gives the same rows', async () => {
    const admin = world.admin.client;
    const unit = world.unitId;
    const person = await world.hr.client.post('/api/employees', { name: 'Ola Slettes', unitId: unit });
    const answer = await world.hr.client.post('/api/cases', { employeeId: person.body.id, leaderId: world.leader.id, kind: 'psychosocial', title: 'Ola har det tungt' });
    await world.hr.client.post(`/api/cases/${answer.body.id}/risks`, { ...VALID.risk, description: 'Ola gråt i møtet' });
    const erased = await admin.post(`/api/employees/${person.body.id}/erasure`, { reason: 'Begjæring om sletting' });
    const after = await world.hr.client.get(`/api/cases?minPosition=${erased.body.position}&limit=100`);
    const row = after.body.items.find((c: { id: string }) => c.id === answer.body.id);
    expect(row).toMatchObject({ title: null, employee: { name: null }, openRisks: 1 });
    const stored = await app.runtime.dataSource.query('SELECT state::text AS state, title FROM rm_cases WHERE case_id = $1', [answer.body.id]);
    expect(stored[0].state).not.toContain('Ola');

    const digest = () => app.runtime.dataSource.query('SELECT case_id, title, status, version, open_risks, open_actions, state::text FROM rm_cases ORDER BY case_id');
    const incremental = await digest();
    const projection = app.runtime.projections.projections.find((p) => p.name === 'case_list')!;
    await rebuildProjection(app.runtime.dataSource, app.runtime.store, projection);
    expect(await digest()).toEqual(incremental);
  });
});
