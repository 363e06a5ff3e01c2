import { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_PASSWORD, signedInUser } from '../support/users';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
});

afterAll(() => app.close());

describe('sign-in and sessions', () => {
  it('signs in with an HttpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
    const user = await signedInUser(app.runtime, app.app, 'hr');
    const client = new HttpClient(app.app);
    const answer = await client.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ csrfToken: expect.any(String), user: { email: user.email, role: 'hr' } });
    expect(answer.body.user.passwordHash).toBeUndefined();
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // plain http here; Secure over TLS
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ csrfToken: answer.body.csrfToken, user: { id: user.id } });
  });

  it('marks the cookie Secure when the request came over TLS (behind a trusted proxy)', async () => {
    const proxied = await startTestApp({ PROJECTIONS: 'off', TRUST_PROXY: 'on' });
    try {
      const user = await signedInUser(proxied.runtime, proxied.app, 'hr');
      const answer = await new HttpClient(proxied.app).send('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD }, {
        'x-forwarded-proto': 'https',
      });
      expect(answer.status).toBe(200);
      expect(String(answer.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown account alike, as problem+json', async () => {
    const user = await signedInUser(app.runtime, app.app, 'leader');
    const wrong = await new HttpClient(app.app).login(user.email, 'not the password', '10.0.0.1');
    const unknown = await new HttpClient(app.app).login('nobody@test.no', 'whatever', '10.0.0.1');
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    }
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await signedInUser(app.runtime, app.app, 'admin');
    const body = { email: 'new@test.no', name: 'New', role: 'hr', password: 'long-enough-pw' };
    const without = await admin.client.post('/api/users', body, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await admin.client.post('/api/users', body, { 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    const users = await admin.client.get('/api/users');
    expect(users.body.map((u: { email: string }) => u.email)).not.toContain('new@test.no');
    expect((await admin.client.post('/api/users', body)).status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const user = await signedInUser(app.runtime, app.app, 'hr');
    expect((await user.client.post('/api/auth/logout')).status).toBe(204);
    const me = await user.client.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a user on a password change and signs in anew with the new password', async () => {
    const user = await signedInUser(app.runtime, app.app, 'hr');
    const otherDevice = new HttpClient(app.app);
    await otherDevice.login(user.email, TEST_PASSWORD);
    const changed = await user.client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' });
    expect(changed.status).toBe(200);
    expect((await otherDevice.get('/api/auth/me')).status).toBe(401);
    user.client.csrfToken = changed.body.csrfToken;
    user.client.cookie = String(changed.headers['set-cookie']).split(';')[0];
    expect((await user.client.get('/api/auth/me')).status).toBe(200);
    expect((await new HttpClient(app.app).login(user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await new HttpClient(app.app).login(user.email, 'a-brand-new-password')).status).toBe(200);
  });

  it('refuses a password change with a wrong current password, naming the field', async () => {
    const user = await signedInUser(app.runtime, app.app, 'hr');
    const answer = await user.client.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'a-brand-new-password' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
  });

  it('throttles failed sign-ins per account, with Retry-After', async () => {
    const user = await signedInUser(app.runtime, app.app, 'leader');
    for (let i = 0; i < 5; i++) {
      expect((await new HttpClient(app.app).login(user.email, 'guess', `10.1.0.${i}`)).status).toBe(401);
    }
    const blocked = await new HttpClient(app.app).login(user.email, TEST_PASSWORD, '10.1.0.99');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles failed sign-ins per address across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await new HttpClient(app.app).login(`someone${i}@test.no`, 'guess', '10.2.0.1');
    }
    const user = await signedInUser(app.runtime, app.app, 'hr');
    expect((await new HttpClient(app.app).login(user.email, TEST_PASSWORD, '10.2.0.1')).status).toBe(429);
    expect((await new HttpClient(app.app).login(user.email, TEST_PASSWORD, '10.2.0.2')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const answer = await new HttpClient(app.app).get('/api/health');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('asks for a session on every route but sign-in and health', async () => {
    const anonymous = new HttpClient(app.app);
    expect((await anonymous.get('/api/users')).status).toBe(401);
    expect((await anonymous.get('/api/health')).status).toBe(200);
  });
});

describe('users (admin)', () => {
  it('lets an admin create users; refuses other roles', async () => {
    const admin = await signedInUser(app.runtime, app.app, 'admin');
    const hr = await signedInUser(app.runtime, app.app, 'hr');
    const body = { email: 'leder.ny@test.no', name: 'Lars Øvrebø', phone: '91234567', role: 'leader', password: 'long-enough-pw' };
    expect((await hr.client.post('/api/users', body)).status).toBe(403);
    const created = await admin.client.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'leder.ny@test.no', name: 'Lars Øvrebø', role: 'leader' });
    const again = await admin.client.post('/api/users', { ...body, email: 'LEDER.NY@test.no' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EMAIL_TAKEN');
    const leader = new HttpClient(app.app);
    expect((await leader.login('leder.ny@test.no', 'long-enough-pw')).status).toBe(200);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ role: 'boss' }, 'role'],
    [{ password: 'short' }, 'password'],
    [{ phone: '123' }, 'phone'],
    [{ name: '' }, 'name'],
    [{ isAdmin: true }, 'isAdmin'],
  ])('refuses %p naming the field', async (change, field) => {
    const admin = await signedInUser(app.runtime, app.app, 'admin');
    const answer = await admin.client.post('/api/users', { email: 'x@test.no', name: 'X', role: 'hr', password: 'long-enough-pw', ...change });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('INVALID_INPUT');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });
});
