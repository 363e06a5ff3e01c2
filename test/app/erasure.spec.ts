import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
  world = await caseWorld(app);
});

afterAll(() => app.close());

describe('erasing an employee', () => {
  it('makes every personal field unreadable in every answer, while the chain still verifies', async () => {
    const caseId = await openCase(world, 'Konflikt med Ola på nattvakt');
    const base = `/api/cases/${caseId}`;
    await world.hr.client.post(`${base}/risks`, { ...VALID.risk, description: 'Kari opplever trakassering' });
    await world.hr.client.post(`${base}/notes`, { text: 'Kari ringte i dag' });
    await world.hr.client.post(`${base}/consents`, VALID.consent('employee'));
    await world.hr.client.post(`${base}/consents`, VALID.consent('employer'));
    await world.hr.client.post(`${base}/expert-support`, VALID.expertSupport);

    const refused = await world.hr.client.post(`/api/employees/${world.employeeId}/erasure`, { reason: 'Begjæring om sletting' });
    expect(refused.status).toBe(403);
    const erased = await world.admin.client.post(`/api/employees/${world.employeeId}/erasure`, { reason: 'Begjæring om sletting (GDPR art. 17)' });
    expect(erased.status).toBe(201);

    const answers = [
      await world.hr.client.get(`/api/employees/${world.employeeId}`),
      await world.hr.client.get(base),
      await world.hr.client.get(`${base}/verification`),
    ];
    const text = JSON.stringify(answers.map((a) => a.body));
    for (const secret of ['Kari', 'Nordmann', '15076500565', 'Helsefagarbeider', 'Ola på nattvakt', 'trakassering', 'Ingrid Berg', 'Nina Veileder']) {
      expect(text).not.toContain(secret);
    }
    expect(answers[0].body).toMatchObject({ status: 'erased', name: null, nationalId: null, position: null });
    expect(answers[1].body).toMatchObject({ title: null, risks: [expect.objectContaining({ description: null, factor: 'workload' })] });
    expect(answers[2].body).toMatchObject({ valid: true, eventCount: 6 });

    const again = await world.admin.client.post(`/api/employees/${world.employeeId}/erasure`, { reason: 'igjen' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EMPLOYEE_ERASED');
    const newCase = await world.hr.client.post('/api/cases', { employeeId: world.employeeId, leaderId: world.leader.id, kind: 'psychosocial', title: 'Ny' });
    expect(newCase.status).toBe(409);
  });
});
