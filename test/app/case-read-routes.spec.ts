import { addDays, calendarDate } from '@app/case-domain';
import { rebuildProjection, tidyFully } from '@app/projections';
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

describe('GET /api/cases/:id', () => {
  it("names the employee, leader and unit for the case page's header, also for the case's leader", async () => {
    const caseId = await openCase(world);
    const position = (await app.runtime.store.health()).headPosition;
    await app.runtime.projections.waitFor('directory', position, 5_000);
    const answer = await world.leader.client.get(`/api/cases/${caseId}`);
    expect(answer.status).toBe(200);
    expect(answer.body.names).toEqual({ employee: 'Kari Nordmann', leader: 'Lars Øvrebø', unit: expect.stringContaining('Hjemmetjenesten') });
    expect(answer.headers.etag).toBe(`"${answer.body.version}"`);
  });
});

describe('GET /api/cases/:id/timeline', () => {
  it('tells every event in order in Norwegian, with actor, data and hash, right after the write', async () => {
    const caseId = await openCase(world, 'Høyt arbeidspress');
    const risk = await world.leader.client.post(`/api/cases/${caseId}/risks`, VALID.risk);
    const action = await world.leader.client.post(`/api/cases/${caseId}/actions`, {
      ...VALID.action(world.leader.id, [risk.body.id]),
      title: 'Omfordele saksmengde',
      participants: ['employee', 'hr'],
      dueDate: '2030-12-03',
    });
    const timeline = await world.hr.client.get(`/api/cases/${caseId}/timeline?minPosition=${action.body.position}`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.map((e: { type: string }) => e.type)).toEqual(['CaseOpened', 'RiskIdentified', 'ActionAgreed']);
    const agreed = timeline.body[2];
    expect(agreed.text).toBe(
      'Lars Øvrebø avtalte tiltaket «Omfordele saksmengde» med Kari Nordmann og HR, frist 3. desember 2030 (gjelder arbeidsmengde og tidspress).',
    );
    expect(agreed).toMatchObject({ version: 3, position: action.body.position, actor: { id: world.leader.id, name: 'Lars Øvrebø' } });
    expect(agreed.occurredAtLocal).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(agreed.data).toMatchObject({ title: 'Omfordele saksmengde', responsibleId: world.leader.id });
    const verification = await world.hr.client.get(`/api/cases/${caseId}/verification`);
    expect(agreed.hash).toBe(verification.body.headHash);
    expect(timeline.body[0].text).toContain('Høyt arbeidspress');
  });

  it('is refused to another leader as if the case did not exist, and logged', async () => {
    const caseId = await openCase(world);
    expect((await world.otherLeader.client.get(`/api/cases/${caseId}/timeline`)).status).toBe(404);
    const log = await world.hr.client.get(`/api/cases/${caseId}/access-log`);
    expect(log.body).toEqual(expect.arrayContaining([expect.objectContaining({ actorId: world.otherLeader.id, action: 'read:timeline', outcome: 'denied' })]));
  });

  it('refuses a malformed minPosition, naming it', async () => {
    const caseId = await openCase(world);
    const answer = await world.hr.client.get(`/api/cases/${caseId}/timeline?minPosition=soon`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'minPosition' })]);
  });
});

describe('GET /api/cases/:id/deadlines', () => {
  it('counts the statutory deadlines from the first day of absence and marks the plan met', async () => {
    const caseId = await openCase(world);
    const from = addDays(today(), -30);
    await world.hr.client.post(`/api/cases/${caseId}/absences`, { from, grade: 100, kind: 'sick_note' });
    await world.leader.client.post(`/api/cases/${caseId}/follow-up-plans`, { ...VALID.followUpPlan, madeOn: addDays(from, 20) });
    const answer = await world.hr.client.get(`/api/cases/${caseId}/deadlines`);
    expect(answer.status).toBe(200);
    const byCode = Object.fromEntries(answer.body.map((d: { code: string }) => [d.code, d]));
    expect(byCode.follow_up_plan).toMatchObject({ dueDate: addDays(from, 28), status: 'met', label: expect.any(String) });
    expect(byCode.dialogue_meeting_1).toMatchObject({ dueDate: addDays(from, 49), status: 'upcoming' });
    expect(byCode.max_sick_pay.dueDate).toBe(addDays(from, 364));
  });
});

describe('GET /api/cases/:id/nav-application', () => {
  it("fills NAV's form from the case and says what is missing and why", async () => {
    const caseId = await openCase(world);
    const answer = await world.hr.client.get(`/api/cases/${caseId}/nav-application`);
    expect(answer.status).toBe(200);
    expect(answer.body.application).toMatchObject({
      virksomhet: { virksomhetsnummer: '974760673', virksomhetsnavn: 'Fjordvik kommune', kontaktperson: { navn: 'Lars Øvrebø', telefonnummer: '91234567' } },
      ansatt: { fnr: '15076500565', navn: 'Kari Nordmann' },
    });
    const missing = answer.body.missing.map((m: { field: string }) => m.field);
    expect(missing).toEqual(expect.arrayContaining(['ekspert.navn', 'behovForBistand.timer', 'nav.kontaktperson']));
    const leaderView = await world.leader.client.get(`/api/cases/${caseId}/nav-application`);
    expect(leaderView.body.application.ansatt).toEqual({ fnr: '150765 *****', navn: 'Kari Nordmann' });
    expect(JSON.stringify(leaderView.body)).not.toContain('15076500565');
    const rules = Object.fromEntries(answer.body.eligibility.map((r: { code: string; met: boolean }) => [r.code, r.met]));
    expect(rules.consents).toBe(false);

    await world.hr.client.post(`/api/cases/${caseId}/risks`, VALID.risk);
    const action = await world.leader.client.post(`/api/cases/${caseId}/actions`, VALID.action(world.leader.id));
    await world.leader.client.post(`/api/cases/${caseId}/actions/${action.body.id}/completion`, VALID.completion);
    await world.leader.client.post(`/api/cases/${caseId}/actions/${action.body.id}/evaluation`, VALID.evaluation);
    await world.hr.client.post(`/api/cases/${caseId}/consents`, VALID.consent('employee'));
    await world.hr.client.post(`/api/cases/${caseId}/consents`, VALID.consent('employer'));
    await world.hr.client.post(`/api/cases/${caseId}/expert-support`, VALID.expertSupport);
    const complete = await world.hr.client.get(`/api/cases/${caseId}/nav-application`);
    expect(complete.body.missing).toEqual([]);
    expect(complete.body.eligibility.every((r: { met: boolean }) => r.met)).toBe(true);
    expect(complete.body.application.behovForBistand).toMatchObject({ timer: 10, estimertKostnad: 15000, startdato: '2030-01-10' });
  });
});

describe('GET /api/deadlines?before=', () => {
  it("lists open deadlines across the caller's cases, earliest first, and a leader's own only", async () => {
    const caseId = await openCase(world, 'Frister på tvers');
    const from = addDays(today(), -10);
    await world.hr.client.post(`/api/cases/${caseId}/absences`, { from, grade: 100, kind: 'sick_note' });
    const other = await world.hr.client.post('/api/cases', { employeeId: world.employeeId, leaderId: world.otherLeader.id, kind: 'absence', title: 'Annen leder' });
    const last = await world.hr.client.post(`/api/cases/${other.body.id}/absences`, { from, grade: 100, kind: 'sick_note' });
    const before = addDays(today(), 30);
    const hr = await world.hr.client.get(`/api/deadlines?before=${before}&minPosition=${last.body.position}`);
    expect(hr.status).toBe(200);
    const ours = hr.body.filter((d: { caseId: string }) => d.caseId === caseId);
    expect(ours.map((d: { code: string }) => d.code)).toEqual(['employer_period_end', 'follow_up_plan']);
    expect(ours[1]).toMatchObject({ caseTitle: 'Frister på tvers', employeeName: 'Kari Nordmann', dueDate: addDays(from, 28), status: 'upcoming' });
    const dates = hr.body.map((d: { dueDate: string }) => d.dueDate);
    expect([...dates].sort()).toEqual(dates);
    expect(hr.body.some((d: { caseId: string }) => d.caseId === other.body.id)).toBe(true);
    const leader = await world.leader.client.get(`/api/deadlines?before=${before}`);
    expect(leader.body.some((d: { caseId: string }) => d.caseId === other.body.id)).toBe(false);
    expect(leader.body.some((d: { caseId: string }) => d.caseId === caseId)).toBe(true);
    expect((await world.hr.client.get('/api/deadlines?before=snart')).status).toBe(400);
    expect((await world.safetyRep.client.get(`/api/deadlines?before=${before}`)).status).toBe(403);
  });
});

describe('erasure in the read models', () => {
  it('blanks the person in the timeline, and a rebuild of every read model gives the same tables', async () => {
    const person = await world.hr.client.post('/api/employees', { name: 'Per Personvern', unitId: world.unitId });
    const opened = await world.hr.client.post('/api/cases', { employeeId: person.body.id, leaderId: world.leader.id, kind: 'psychosocial', title: 'Per sin sak' });
    await world.hr.client.post(`/api/cases/${opened.body.id}/notes`, { text: 'Per fortalte om hjemmesituasjonen' });
    const erased = await world.admin.client.post(`/api/employees/${person.body.id}/erasure`, { reason: 'Begjæring om sletting' });
    const timeline = await world.hr.client.get(`/api/cases/${opened.body.id}/timeline?minPosition=${erased.body.position}`);
    expect(JSON.stringify(timeline.body)).not.toContain('Per');
    expect(timeline.body[0].text).toContain('arbeidstakeren');

    for (const projection of app.runtime.projections.projections) {
      expect(await app.runtime.projections.waitFor(projection.name, erased.body.position, 5000)).toBe(true);
    }
    const tables = ['rm_timeline', 'rm_employees', 'rm_units', 'rm_organisation', 'rm_cases', 'rm_case_deadlines', 'stream_index'];
    const digest = async () =>
      // projected_at says when a row was written, so it differs by design after a rebuild.
      Promise.all(tables.map((t) => app.runtime.dataSource.query(`SELECT md5(coalesce(string_agg((to_jsonb(x) - 'projected_at')::text, '|' ORDER BY (to_jsonb(x) - 'projected_at')::text), '')) AS d FROM ${t} x`)));
    const incremental = await digest();
    for (const projection of app.runtime.projections.projections) {
      await rebuildProjection(app.runtime.dataSource, app.runtime.store, projection);
      await tidyFully(app.runtime.dataSource, projection); // the running server's runners do the same
    }
    expect(await digest()).toEqual(incremental);
  });
});
