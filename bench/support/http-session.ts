/** A signed-in user of the real server, as a browser holds it: the session cookie and the CSRF token. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

export async function signIn(base: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email}: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sid='))!.split(';')[0];
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** A write as that user; throws with the answer on anything but 2xx. */
export async function call(base: string, session: HttpSession, method: string, path: string, body: object): Promise<{ id: string }> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}
