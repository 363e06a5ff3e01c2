import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
  world = await caseWorld(app);
});

afterAll(() => app.close());

describe('a complete case, through HTTP', () => {
  it('is opened by HR, followed up by the leader, prepared for NAV, closed and reopened', async () => {
    const { hr, leader } = world;
    const caseId = await openCase(world);
    const created = async (url: string, body: object, by = hr) => {
      const answer = await by.client.post(url, body);
      expect({ url, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
      expect(answer.body).toEqual({ id: expect.any(String), version: expect.any(Number), position: expect.any(Number) });
      return answer.body;
    };
    const base = `/api/cases/${caseId}`;
    const risk = await created(`${base}/risks`, VALID.risk, leader);
    const action = await created(`${base}/actions`, VALID.action(leader.id, [risk.id]), leader);
    expect((await created(`${base}/actions/${action.id}/completion`, VALID.completion, leader)).id).toBe(action.id);
    await created(`${base}/actions/${action.id}/evaluation`, VALID.evaluation, leader);
    const absence = await created(`${base}/absences`, VALID.absence);
    await created(`${base}/absences/${absence.id}/end`, VALID.absenceEnd);
    await created(`${base}/follow-up-plans`, VALID.followUpPlan, leader);
    await created(`${base}/dialogue-meetings`, VALID.dialogueMeeting, leader);
    await created(`${base}/consents`, VALID.consent('employee'));
    await created(`${base}/consents`, VALID.consent('employer'));
    const request = await created(`${base}/expert-support`, VALID.expertSupport);
    await created(`${base}/nav-decisions`, VALID.navDecision);
    await created(`${base}/notes`, VALID.note, leader);
    const closed = await created(`${base}/closure`, VALID.closure);
    expect(closed.id).toBe(caseId);

    const refused = await hr.client.post(`${base}/notes`, VALID.note);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CASE_CLOSED');
    const reopened = await created(`${base}/reopening`, VALID.reopening);
    expect(reopened.version).toBe(16);

    const state = await hr.client.get(base);
    expect(state.status).toBe(200);
    expect(state.headers.etag).toBe('"16"');
    expect(state.body).toMatchObject({
      id: caseId,
      status: 'open',
      employeeId: world.employeeId,
      leaderId: leader.id,
      unitId: world.unitId,
      kind: 'combined',
      title: 'Høyt arbeidspress etter omorganisering',
      version: 16,
      risks: [expect.objectContaining({ id: risk.id, factor: 'workload', description: VALID.risk.description })],
      actions: [
        expect.objectContaining({
          id: action.id,
          riskIds: [risk.id],
          completion: expect.objectContaining({ outcome: VALID.completion.outcome }),
          evaluations: [expect.objectContaining({ effect: 'effective' })],
        }),
      ],
      absences: [expect.objectContaining({ id: absence.id, from: '2026-01-05', to: '2026-01-20', grade: 100 })],
      consents: [expect.objectContaining({ party: 'employee' }), expect.objectContaining({ party: 'employer' })],
      expertSupport: expect.objectContaining({ requestId: request.id, hours: 10, expert: VALID.expertSupport.expert }),
      navDecision: expect.objectContaining({ granted: true, amount: 15000 }),
    });

    const verification = await hr.client.get(`${base}/verification`);
    expect(verification.body).toEqual({ valid: true, eventCount: 16, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('stores titles, descriptions and notes encrypted, never in the clear', async () => {
    const caseId = await openCase(world, 'Konflikt med kollega på nattvakt');
    await world.hr.client.post(`/api/cases/${caseId}/notes`, { text: 'Hemmelig notat om samtalen' });
    const rows = await app.runtime.dataSource.query(`SELECT data::text AS data FROM events WHERE stream_id = $1`, [`case-${caseId}`]);
    const stored = rows.map((r: { data: string }) => r.data).join('\n');
    expect(stored).not.toContain('Konflikt med kollega');
    expect(stored).not.toContain('Hemmelig notat');
    expect(stored).toContain('$encrypted');
  });

  it('registers employees with their national id encrypted, and validates it', async () => {
    const bad = await world.hr.client.post('/api/employees', { name: 'Ola', nationalId: '15076500566', unitId: world.unitId });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'nationalId', code: 'INVALID_NATIONAL_ID' })]);
    const dnr = await world.hr.client.post('/api/employees', { name: 'Ola', nationalId: '55076500565', unitId: world.unitId });
    expect(dnr.status).toBe(400);
    const noUnit = await world.hr.client.post('/api/employees', { name: 'Ola', unitId: '00000000-0000-4000-8000-000000000000' });
    expect(noUnit.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'UNIT_NOT_FOUND' })]);
    const employee = await world.hr.client.get(`/api/employees/${world.employeeId}`);
    expect(employee.body).toMatchObject({ name: 'Kari Nordmann', nationalId: '15076500565', status: 'active' });
    const rows = await app.runtime.dataSource.query(`SELECT data::text AS data FROM events WHERE stream_id = $1`, [`employee-${world.employeeId}`]);
    expect(rows[0].data).not.toContain('15076500565');
  });

  it('keeps the organisation details and refuses a bad organisation number', async () => {
    const bad = await world.admin.client.put('/api/organisation', { name: 'X', orgNumber: '974760672' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'orgNumber', code: 'INVALID_ORG_NUMBER' })]);
    const details = await world.leader.client.get('/api/organisation');
    expect(details.body).toMatchObject({ name: 'Fjordvik kommune', orgNumber: '974760673' });
    const units = await world.safetyRep.client.get('/api/units');
    expect(units.body).toEqual(expect.arrayContaining([{ id: world.unitId, name: expect.stringContaining('Hjemmetjenesten') }]));
  });

  it('answers an unparsable body with 400, never 500', async () => {
    const caseId = await openCase(world);
    for (const payload of ['{not json', '[]', '"text"', 'null']) {
      const answer = await world.hr.client.send('POST', `/api/cases/${caseId}/notes`, payload, { 'content-type': 'application/json' });
      expect({ payload, status: answer.status }).toEqual({ payload, status: 400 });
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });
});
