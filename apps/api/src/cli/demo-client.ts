import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Signs in through the real login route and sends requests as that user (in-process, no port). */
export class DemoClient {
  private constructor(
    private readonly app: NestFastifyApplication,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  static async signIn(app: NestFastifyApplication, email: string, password: string): Promise<DemoClient> {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`Could not sign in as ${email}: ${response.body}`);
    const cookie = String(response.headers['set-cookie']).split(';')[0];
    return new DemoClient(app, cookie, response.json().csrfToken);
  }

  post(url: string, body: object): Promise<{ id: string }> {
    return this.send('POST', url, body);
  }

  put(url: string, body: object): Promise<{ id: string }> {
    return this.send('PUT', url, body);
  }

  private async send(method: 'POST' | 'PUT', url: string, body: object): Promise<{ id: string }> {
    const response = await this.app.inject({ method, url, payload: body, headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken } });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  }
}
