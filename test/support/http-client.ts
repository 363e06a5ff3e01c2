import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/** A signed-in browser, in short: keeps the session cookie and sends the CSRF token on writes. */
export class HttpClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(private readonly app: NestFastifyApplication) {}

  async login(email: string, password: string, remoteAddress = '127.0.0.1'): Promise<HttpAnswer> {
    const answer = await this.send('POST', '/api/auth/login', { email, password }, {}, remoteAddress);
    if (answer.status === 200) {
      this.cookie = sessionCookieOf(answer.headers['set-cookie']);
      this.csrfToken = answer.body.csrfToken;
    }
    return answer;
  }

  get<T = any>(url: string, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    return this.send('GET', url, undefined, headers);
  }

  /** A GET whose body is binary (a PDF): the bytes as sent. */
  async getBytes(url: string): Promise<HttpAnswer<Buffer>> {
    const response = await this.app.inject({ method: 'GET', url, headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: response.statusCode, body: response.rawPayload, headers: response.headers as HttpAnswer['headers'] };
  }

  post<T = any>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    return this.send('POST', url, body, headers);
  }

  patch<T = any>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    return this.send('PATCH', url, body, headers);
  }

  put<T = any>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    return this.send('PUT', url, body, headers);
  }

  async send(
    method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
    remoteAddress = '127.0.0.1',
  ): Promise<HttpAnswer> {
    const all: Record<string, string> = { ...headers };
    if (this.cookie) all.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && method !== 'HEAD' && !('x-csrf-token' in headers)) all['x-csrf-token'] = this.csrfToken;
    if (body !== undefined && typeof body !== 'string') all['content-type'] = 'application/json';
    const response = await this.app.inject({
      method,
      url,
      headers: all,
      remoteAddress,
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const type = String(response.headers['content-type'] ?? '');
    const parsed = type.includes('json') && response.body ? response.json() : response.body;
    return { status: response.statusCode, body: parsed, headers: response.headers as HttpAnswer['headers'] };
  }
}

export function sessionCookieOf(setCookie: string | string[] | undefined): string | null {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const sid = all.find((c) => c.startsWith('sid='));
  return sid ? sid.split(';')[0] : null;
}
