import { startTestApp, type TestApp } from '../support/test-app';
import { caseWorld, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await caseWorld(app);
});

afterAll(() => app.close());

async function register(name: string, unitId = world.unitId) {
  const answer = await world.hr.client.post('/api/employees', { name, unitId, nationalId: '15076500565' });
  expect(answer.status).toBe(201);
  return answer.body as { id: string; position: number };
}

describe('GET /api/employees', () => {
  it('lists active employees by name with their unit, narrowed by name and unit, without national ids', async () => {
    const otherUnit = (await world.admin.client.post('/api/units', { name: 'Kjøkkenet' })).body.id;
    await register('Åse Ødegård');
    const last = await register('Bjørn Berg', otherUnit);

    const all = await world.hr.client.get(`/api/employees?minPosition=${last.position}`);
    expect(all.status).toBe(200);
    expect(all.body.map((e: { name: string }) => e.name)).toEqual(['Bjørn Berg', 'Kari Nordmann', 'Åse Ødegård']);
    expect(all.body[0]).toEqual({ id: last.id, name: 'Bjørn Berg', unitId: otherUnit, unitName: 'Kjøkkenet', position: null });
    expect(JSON.stringify(all.body)).not.toContain('15076500565');

    const byName = await world.hr.client.get('/api/employees?q=ødeg');
    expect(byName.body.map((e: { name: string }) => e.name)).toEqual(['Åse Ødegård']);
    const byUnit = await world.admin.client.get(`/api/employees?unitId=${otherUnit}`);
    expect(byUnit.body.map((e: { name: string }) => e.name)).toEqual(['Bjørn Berg']);
    const wildcard = await world.hr.client.get('/api/employees?q=%25');
    expect(wildcard.body).toEqual([]);
  });

  it('leaves erased employees out', async () => {
    const erased = await register('Slettes Snart');
    const answer = await world.admin.client.post(`/api/employees/${erased.id}/erasure`, { reason: 'Begjæring om sletting' });
    expect(answer.status).toBe(201);
    const list = await world.hr.client.get(`/api/employees?minPosition=${answer.body.position}`);
    expect(list.body.map((e: { id: string }) => e.id)).not.toContain(erased.id);
  });

  it('is for hr and admin only, and rejects a bad unit id with a field error', async () => {
    expect((await world.leader.client.get('/api/employees')).status).toBe(403);
    expect((await world.safetyRep.client.get('/api/employees')).status).toBe(403);
    const bad = await world.hr.client.get('/api/employees?unitId=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'unitId' })]);
  });
});
