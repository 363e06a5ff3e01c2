import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseVersion, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
  world = await caseWorld(app);
});

afterAll(() => app.close());

async function eventCount(caseId: string): Promise<number> {
  const [{ n }] = await app.runtime.dataSource.query('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [`case-${caseId}`]);
  return n;
}

describe('concurrent commands', () => {
  it('with the same If-Match: exactly one 201, the other 49 get 412 and append nothing', async () => {
    const caseId = await openCase(world);
    const version = await caseVersion(world, caseId);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        world.hr.client.post(`/api/cases/${caseId}/notes`, { text: `Notat ${n}` }, { 'if-match': `"${version}"` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    expect(answers.find((a) => a.status === 412)!.body.code).toBe('STALE_VERSION');
    expect(await caseVersion(world, caseId)).toBe(version + 1);
    expect(await eventCount(caseId)).toBe(version + 1);
  });

  it('without If-Match: all 20 succeed and the version advances by 20', async () => {
    const caseId = await openCase(world);
    const version = await caseVersion(world, caseId);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => world.leader.client.post(`/api/cases/${caseId}/notes`, { text: `Notat ${n}` })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.version)).size).toBe(20);
    expect(await caseVersion(world, caseId)).toBe(version + 20);
    const verification = await world.hr.client.get(`/api/cases/${caseId}/verification`);
    expect(verification.body).toMatchObject({ valid: true, eventCount: version + 20 });
  });

  it('answers a stale If-Match with 412 and the current version as ETag', async () => {
    const caseId = await openCase(world);
    await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note);
    const stale = await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.etag).toBe('"2"');
    const fresh = await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note, { 'if-match': '"2"' });
    expect(fresh.status).toBe(201);
    const malformed = await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note, { 'if-match': 'yesterday' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_IF_MATCH');
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer and appends one event, even for concurrent retries', async () => {
    const caseId = await openCase(world);
    const before = await eventCount(caseId);
    const send = () => world.hr.client.post(`/api/cases/${caseId}/risks`, VALID.risk, { 'idempotency-key': `risk-${caseId}` });
    const first = await send();
    const retries = await Promise.all([send(), send(), send()]);
    expect(first.status).toBe(201);
    for (const retry of retries) expect(retry.body).toEqual(first.body);
    expect(await eventCount(caseId)).toBe(before + 1);
    const state = await world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.risks.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
  });

  it('opens one case for concurrent first attempts with the same key', async () => {
    const body = { employeeId: world.employeeId, leaderId: world.leader.id, kind: 'absence', title: 'Sykefravær' };
    const key = `open-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => world.hr.client.post('/api/cases', body, { 'idempotency-key': key })));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.every((a) => a.status === 201)).toBe(true);
    expect(await eventCount(answers[0].body.id)).toBe(1);
  });

  it('is per user, and refuses a key reused for a different request', async () => {
    const caseId = await openCase(world);
    const key = `note-${caseId}`;
    const first = await world.hr.client.post(`/api/cases/${caseId}/notes`, { text: 'A' }, { 'idempotency-key': key });
    const other = await world.hr.client.post(`/api/cases/${caseId}/notes`, { text: 'B' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const leaders = await world.leader.client.post(`/api/cases/${caseId}/notes`, { text: 'A' }, { 'idempotency-key': key });
    expect(leaders.status).toBe(201);
    expect(leaders.body.id).not.toBe(first.body.id);
  });
});

describe('CSRF', () => {
  it('refuses a case command without the token and appends nothing', async () => {
    const caseId = await openCase(world);
    const before = await eventCount(caseId);
    const answer = await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note, { 'x-csrf-token': '' });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('CSRF_TOKEN_INVALID');
    expect(await eventCount(caseId)).toBe(before);
  });
});
