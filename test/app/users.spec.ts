import { startTestApp, type TestApp } from '../support/test-app';
import { signedInUser, type TestUser } from '../support/users';

let app: TestApp;
let admin: TestUser;
let leader: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInUser(app.runtime, app.app, 'admin', 'Anne Admin');
  leader = await signedInUser(app.runtime, app.app, 'leader', 'Lars Øvrebø');
});

afterAll(() => app.close());

describe('PATCH /api/users/:id', () => {
  it("changes a user's role, name and phone; the new role holds on their next requests", async () => {
    expect((await leader.client.get('/api/employees')).status).toBe(403);
    const answer = await admin.client.patch(`/api/users/${leader.id}`, { role: 'hr', name: 'Lars Øvrebø Berg', phone: '98765432' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: leader.id, role: 'hr', name: 'Lars Øvrebø Berg', phone: '98765432' });
    expect(answer.body.passwordHash).toBeUndefined();
    const listed = (await admin.client.get('/api/users')).body.find((u: { id: string }) => u.id === leader.id);
    expect(listed).toMatchObject({ role: 'hr', name: 'Lars Øvrebø Berg' });
    // Sessions remember the user for at most two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await leader.client.get('/api/employees')).status).toBe(200);
    expect((await leader.client.get('/api/auth/me')).body.user).toMatchObject({ role: 'hr' });
  });

  it('refuses bad fields, unknown users, other roles, and an administrator changing their own role', async () => {
    const bad = await admin.client.patch(`/api/users/${leader.id}`, { role: 'boss', phone: '123' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['phone', 'role']);
    for (const body of [{ name: null }, { role: null }, { name: '   ' }, { name: 1 }]) {
      const answer = await admin.client.patch(`/api/users/${leader.id}`, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: Object.keys(body)[0] })]);
    }
    expect((await admin.client.patch(`/api/users/${leader.id}`, { name: '  Lars Ø. Berg ' })).body.name).toBe('Lars Ø. Berg');
    expect((await admin.client.patch(`/api/users/${leader.id}`, { phone: null })).body.phone).toBeNull();
    expect((await admin.client.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'X' })).status).toBe(404);
    const own = await admin.client.patch(`/api/users/${admin.id}`, { role: 'leader' });
    expect(own.status).toBe(409);
    expect(own.body.errors).toEqual([expect.objectContaining({ field: 'role', code: 'OWN_ROLE' })]);
    expect((await admin.client.patch(`/api/users/${admin.id}`, { name: 'Anne A. Admin' })).status).toBe(200);
    const hr = await signedInUser(app.runtime, app.app, 'hr');
    expect((await hr.client.patch(`/api/users/${leader.id}`, { role: 'admin' })).status).toBe(403);
    expect((await admin.client.patch(`/api/users/${leader.id}`, { role: 'admin' }, { 'x-csrf-token': '' })).status).toBe(403);
  });
});
