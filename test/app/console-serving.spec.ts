import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONSOLE_NOT_BUILT, consoleRoot } from '../../apps/api/src/console/console-static';
import { startTestApp, type TestApp } from '../support/test-app';

const INDEX = '<!doctype html><html lang="nb"><head><title>Arbeidsmiljøsaker</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("konsoll");';

/** A built console in miniature: index.html, one hashed asset and a root file. */
function fixtureConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-fixture-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

async function get(app: TestApp, url: string, headers: Record<string, string> = {}) {
  return app.app.inject({ method: 'GET', url, headers });
}

describe('the console is served at / from the API server', () => {
  const previous = process.env.CONSOLE_DIR;
  afterAll(() => {
    if (previous === undefined) delete process.env.CONSOLE_DIR;
    else process.env.CONSOLE_DIR = previous;
  });

  describe('when built', () => {
    let app: TestApp;
    let dir: string;
    beforeAll(async () => {
      dir = fixtureConsole();
      process.env.CONSOLE_DIR = dir;
      app = await startTestApp();
    });
    afterAll(async () => {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers / with index.html, revalidated on every load, under the CSP', async () => {
      const response = await get(app, '/');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
    });

    it.each(['/saker/123/tiltak', '/saker', '/logg-inn?neste=%2Fsaker', '/admin/brukere', '/api-lignende-side'])('answers the deep link %s with index.html', async (url) => {
      const response = await get(app, url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    });

    it('serves hashed assets under /assets as immutable for a year', async () => {
      const response = await get(app, '/assets/index-abc123.js');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.body).toBe(SCRIPT);
    });

    it('serves other root files with a short cache', async () => {
      const response = await get(app, '/favicon.svg');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(response.headers['cache-control']).toBe('public, max-age=3600');
    });

    it('answers a missing file with 404, not index.html', async () => {
      for (const url of ['/assets/index-gone.js', '/robots.txt', '/assets/../../package.json', '/%2e%2e/package.json']) {
        const response = await get(app, url);
        expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
        expect(response.body).not.toContain('<div id="root">');
      }
    });

    it('keeps unknown /api routes as problem+json 404 for every method', async () => {
      for (const [method, url] of [
        ['GET', '/api/nope'],
        ['GET', '/api'],
        ['GET', '/api/cases/x/y/z'],
        ['POST', '/api/nope'],
        ['POST', '/saker'],
      ] as const) {
        const response = await app.app.inject({ method, url });
        expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 404 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ status: 404 });
      }
    });

    it('leaves the API itself alone', async () => {
      const response = await get(app, '/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/json/);
      const docs = await get(app, '/api/openapi.json');
      expect(docs.statusCode).toBe(200);
    });
  });

  describe('when not built', () => {
    let app: TestApp;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'console-missing-'));
      process.env.CONSOLE_DIR = join(dir, 'does-not-exist');
      app = await startTestApp();
    });
    afterAll(async () => {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers / with a plain message saying to run npm run build, in Norwegian and English', async () => {
      for (const url of ['/', '/saker/123']) {
        const response = await get(app, url);
        expect(response.statusCode).toBe(503);
        expect(response.headers['content-type']).toMatch(/^text\/plain/);
        expect(response.body).toBe(CONSOLE_NOT_BUILT);
        expect(response.body).toContain('npm run build');
        expect(response.body).toContain('Konsollet er ikke bygget');
      }
      expect((await get(app, '/api/health')).statusCode).toBe(200);
      expect((await get(app, '/api/nope')).headers['content-type']).toMatch(/problem\+json/);
    });
  });

  it('finds dist/console in the project root both from source and compiled', () => {
    const root = resolve(__dirname, '../..');
    const env = {};
    expect(consoleRoot(join(root, 'apps/api/src/console'), env)).toBe(join(root, 'dist/console'));
    expect(consoleRoot(join(root, 'dist/apps/api/src/console'), env)).toBe(join(root, 'dist/console'));
    expect(consoleRoot('/anywhere', { CONSOLE_DIR: '/srv/console' })).toBe('/srv/console');
  });
});
