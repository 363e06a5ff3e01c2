import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';
import type { TestUser } from '../support/users';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
  world = await caseWorld(app);
});

afterAll(() => app.close());

type Who = 'admin' | 'hr' | 'leader' | 'otherLeader' | 'safetyRep';
const WHO: Who[] = ['admin', 'hr', 'leader', 'otherLeader', 'safetyRep'];
const userOf = (who: Who): TestUser => world[who];

/** A case prepared so that every route has something valid to act on. */
async function preparedCase() {
  const caseId = await openCase(world);
  const post = (path: string, body: object) => world.hr.client.post(`/api/cases/${caseId}${path}`, body);
  const actionId = (await post('/actions', VALID.action(world.leader.id))).body.id;
  const absenceId = (await post('/absences', { from: '2026-02-01', grade: 100, kind: 'sick_note' })).body.id;
  await post('/consents', VALID.consent('employee'));
  await post('/consents', VALID.consent('employer'));
  await post('/expert-support', VALID.expertSupport);
  return { caseId, actionId, absenceId };
}

type Route = { name: string; method: 'GET' | 'POST'; path: (c: Awaited<ReturnType<typeof preparedCase>>) => string; body?: () => object };
const routes: Route[] = [
  { name: 'GET case', method: 'GET', path: (c) => `/api/cases/${c.caseId}` },
  { name: 'GET verification', method: 'GET', path: (c) => `/api/cases/${c.caseId}/verification` },
  { name: 'GET access-log', method: 'GET', path: (c) => `/api/cases/${c.caseId}/access-log` },
  { name: 'GET timeline', method: 'GET', path: (c) => `/api/cases/${c.caseId}/timeline` },
  { name: 'GET deadlines', method: 'GET', path: (c) => `/api/cases/${c.caseId}/deadlines` },
  { name: 'GET nav-application', method: 'GET', path: (c) => `/api/cases/${c.caseId}/nav-application` },
  { name: 'GET export.json', method: 'GET', path: (c) => `/api/cases/${c.caseId}/export.json` },
  { name: 'GET export.pdf', method: 'GET', path: (c) => `/api/cases/${c.caseId}/export.pdf` },
  { name: 'risks', method: 'POST', path: (c) => `/api/cases/${c.caseId}/risks`, body: () => VALID.risk },
  { name: 'actions', method: 'POST', path: (c) => `/api/cases/${c.caseId}/actions`, body: () => VALID.action(world.leader.id) },
  { name: 'completion', method: 'POST', path: (c) => `/api/cases/${c.caseId}/actions/${c.actionId}/completion`, body: () => VALID.completion },
  { name: 'absences', method: 'POST', path: (c) => `/api/cases/${c.caseId}/absences`, body: () => ({ from: '2025-01-01', to: '2025-01-02', grade: 100, kind: 'self_certified' }) },
  { name: 'absence end', method: 'POST', path: (c) => `/api/cases/${c.caseId}/absences/${c.absenceId}/end`, body: () => ({ to: '2026-02-10' }) },
  { name: 'follow-up plans', method: 'POST', path: (c) => `/api/cases/${c.caseId}/follow-up-plans`, body: () => VALID.followUpPlan },
  { name: 'dialogue meetings', method: 'POST', path: (c) => `/api/cases/${c.caseId}/dialogue-meetings`, body: () => VALID.dialogueMeeting },
  { name: 'notes', method: 'POST', path: (c) => `/api/cases/${c.caseId}/notes`, body: () => VALID.note },
  { name: 'consents', method: 'POST', path: (c) => `/api/cases/${c.caseId}/consents`, body: () => VALID.consent('employee') },
  { name: 'expert support', method: 'POST', path: (c) => `/api/cases/${c.caseId}/expert-support`, body: () => VALID.expertSupport },
  { name: 'nav decisions', method: 'POST', path: (c) => `/api/cases/${c.caseId}/nav-decisions`, body: () => VALID.navDecision },
  { name: 'closure', method: 'POST', path: (c) => `/api/cases/${c.caseId}/closure`, body: () => VALID.closure },
];

const OK = { GET: 200, POST: 201 };
/** Expected status per route and role: the policy of design.md in one table. */
function expected(route: Route, who: Who): number {
  if (who === 'otherLeader' || who === 'safetyRep') return 404; // as if the case did not exist
  if (who === 'admin' || who === 'hr') return OK[route.method];
  const hrOnly = ['GET access-log', 'GET export.json', 'GET export.pdf', 'consents', 'expert support', 'nav decisions', 'closure'];
  return hrOnly.includes(route.name) ? 403 : OK[route.method];
}

describe('role × route', () => {
  const table = routes.flatMap((route) => WHO.map((who) => [route.name, who, route] as const));
  it.each(table)('%s as %s', async (_name, who, route) => {
    const prepared = await preparedCase();
    const answer = await userOf(who).client.send(route.method, route.path(prepared), route.body?.());
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: expected(route, who) });
    if (answer.status === 404) expect(answer.body.code).toBe('CASE_NOT_FOUND');
  });

  it('lets only HR and admin open cases', async () => {
    const body = { employeeId: world.employeeId, leaderId: world.leader.id, kind: 'psychosocial', title: 'T' };
    for (const who of ['leader', 'safetyRep'] as const) expect((await world[who].client.post('/api/cases', body)).status).toBe(403);
    expect((await world.admin.client.post('/api/cases', body)).status).toBe(201);
  });

  it('refuses a leader that is not a leader', async () => {
    const answer = await world.hr.client.post('/api/cases', { employeeId: world.employeeId, leaderId: world.hr.id, kind: 'psychosocial', title: 'T' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'leaderId', code: 'NOT_A_LEADER' })]);
  });

  it('answers an unknown case and a malformed id with 404', async () => {
    expect((await world.hr.client.get('/api/cases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await world.hr.client.get('/api/cases/not-a-uuid')).status).toBe(404);
    expect((await world.hr.client.post('/api/cases/00000000-0000-4000-8000-000000000000/notes', VALID.note)).status).toBe(404);
  });
});

describe('the access log', () => {
  it('records every read and every refused attempt, readable by HR', async () => {
    const { caseId } = await preparedCase();
    await world.leader.client.get(`/api/cases/${caseId}`);
    await world.otherLeader.client.get(`/api/cases/${caseId}`);
    await world.safetyRep.client.get(`/api/cases/${caseId}/verification`);
    await world.leader.client.post(`/api/cases/${caseId}/closure`, VALID.closure);
    const log = await world.hr.client.get(`/api/cases/${caseId}/access-log`);
    expect(log.status).toBe(200);
    const entries = log.body.map((e: { actorId: string; action: string; outcome: string }) => [e.actorId, e.action, e.outcome]);
    expect(entries).toEqual(
      expect.arrayContaining([
        [world.leader.id, 'read:case', 'allowed'],
        [world.otherLeader.id, 'read:case', 'denied'],
        [world.safetyRep.id, 'read:verification', 'denied'],
        [world.leader.id, 'command:CloseCase', 'denied'],
        [world.hr.id, 'read:access-log', 'allowed'],
      ]),
    );
    expect(log.body[0]).toEqual({ at: expect.any(String), actorId: expect.any(String), actorRole: expect.any(String), caseId, action: expect.any(String), outcome: expect.any(String) });
  });

  it('cannot be changed, not even by the database owner through SQL', async () => {
    await expect(app.runtime.dataSource.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(app.runtime.dataSource.query("UPDATE access_log SET outcome = 'allowed'")).rejects.toThrow(/append-only/);
  });
});
