import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp({ RISK_REGISTER_MIN_CASES: '3' });
  world = await caseWorld(app);
});

afterAll(() => app.close());

describe('GET /api/risk-register', () => {
  it('counts risks per unit and § 4-3 factor by severity, with measures and their effect, and nothing personal', async () => {
    const cases = [await openCase(world, 'Sak A om Kari'), await openCase(world, 'Sak B'), await openCase(world, 'Sak C')];
    const risk = await world.hr.client.post(`/api/cases/${cases[0]}/risks`, { ...VALID.risk, severity: 'high', description: 'Hemmelig beskrivelse' });
    await world.hr.client.post(`/api/cases/${cases[1]}/risks`, { ...VALID.risk, severity: 'medium' });
    await world.hr.client.post(`/api/cases/${cases[2]}/risks`, { ...VALID.risk, factor: 'harassment', severity: 'low' });
    const action = await world.leader.client.post(`/api/cases/${cases[0]}/actions`, VALID.action(world.leader.id, [risk.body.id]));
    await world.leader.client.post(`/api/cases/${cases[0]}/actions/${action.body.id}/completion`, VALID.completion);
    const evaluated = await world.leader.client.post(`/api/cases/${cases[0]}/actions/${action.body.id}/evaluation`, VALID.evaluation);

    const answer = await world.safetyRep.client.get(`/api/risk-register?minPosition=${evaluated.body.position}`);
    expect(answer.status).toBe(200);
    const unit = answer.body.units.find((u: { unitId: string }) => u.unitId === world.unitId);
    expect(unit).toMatchObject({ suppressed: false, cases: 3 });
    const workload = unit.factors.find((f: { factor: string }) => f.factor === 'workload');
    expect(workload).toMatchObject({
      label: 'Arbeidsmengde og tidspress',
      risks: { low: 0, medium: 1, high: 1, total: 2 },
      actions: { open: 0, completed: 1 },
      effects: { effective: 1, partly_effective: 0, not_effective: 0, not_evaluated: 0 },
    });
    expect(unit.factors.find((f: { factor: string }) => f.factor === 'harassment').risks).toMatchObject({ low: 1, total: 1 });
    const text = JSON.stringify(answer.body);
    for (const secret of ['Kari', 'Sak A', 'Hemmelig', ...cases]) expect(text).not.toContain(secret);
  });

  it('shows a unit with fewer cases than the threshold without its breakdown', async () => {
    const small = await world.admin.client.post('/api/units', { name: 'Liten enhet' });
    const person = await world.hr.client.post('/api/employees', { name: 'Eneste Ansatt', unitId: small.body.id });
    const opened = await world.hr.client.post('/api/cases', { employeeId: person.body.id, leaderId: world.leader.id, kind: 'psychosocial', title: 'Eneste sak' });
    await world.hr.client.post(`/api/cases/${opened.body.id}/risks`, VALID.risk);
    const answer = await world.hr.client.get(`/api/risk-register?unitId=${small.body.id}&minPosition=${opened.body.position}`);
    expect(answer.body.units).toEqual([{ unitId: small.body.id, unitName: 'Liten enhet', suppressed: true, cases: null, factors: [] }]);
  });

  it('is for hr, admin and the safety representative only', async () => {
    expect((await world.leader.client.get('/api/risk-register')).status).toBe(403);
    expect((await world.admin.client.get('/api/risk-register')).status).toBe(200);
    expect((await world.hr.client.get('/api/risk-register?unitId=x')).status).toBe(400);
  });
});
