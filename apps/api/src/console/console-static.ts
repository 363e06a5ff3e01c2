import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** A year, for the content-hashed files Vite writes under /assets: they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets, so the browser must ask every time. */
const REVALIDATE = 'no-cache';
/** Other root files (favicon, robots.txt): not hashed, so a short cache. */
const SHORT = 'public, max-age=3600';

export const CONSOLE_NOT_BUILT =
  'Konsollet er ikke bygget. Kjør `npm run build` og start serveren på nytt.\n' +
  'The console has not been built. Run `npm run build` and restart the server.\n' +
  'API: /api (documentation at /api/docs)\n';

/**
 * Where `npm run build:console` writes the console: dist/console in the project root. The
 * root is the nearest folder above this file holding package.json, which holds both when
 * running from source under Jest (apps/api/src/console) and compiled
 * (dist/apps/api/src/console, also in the Docker image, where /app has package.json).
 * CONSOLE_DIR overrides it (tests point it at a fixture or an empty folder).
 */
export function consoleRoot(from = __dirname, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONSOLE_DIR) return resolve(env.CONSOLE_DIR);
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'console');
    const parent = dirname(dir);
    if (parent === dir) return resolve(from, '../../../../dist/console');
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web console from the same server and port as the API:
 * - GET /assets/* (hashed by Vite): the file, cached immutable for a year;
 * - GET of another existing file in dist/console: the file;
 * - any other GET outside /api that does not name a file (no dot in its last segment):
 *   index.html with no-cache, so deep links like /saker/123/tiltak reach the SPA router;
 * - /api/... that no controller handles, and missing files: Nest's problem+json 404.
 * When the console is not built, those pages answer a plain message saying how to build it.
 * Call before app.init(): Nest installs its not-found handler at init.
 */
export async function serveConsole(app: NestFastifyApplication, root = consoleRoot()): Promise<void> {
  // serve: false only decorates reply.sendFile; the one route below decides what to send.
  await app.register(fastifyStatic, { root, serve: false, suppressWarning: true, index: false, dotfiles: 'deny' });
  const fastify = app.getHttpAdapter().getInstance();
  const indexHtml = join(root, 'index.html');

  fastify.get('/*', (request, reply) => {
    const pathname = request.url.split('?')[0];
    if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return reply.callNotFound();
    }
    const lastSegment = decoded.slice(decoded.lastIndexOf('/') + 1);
    const looksLikeFile = lastSegment.includes('.');

    if (!existsSync(indexHtml)) {
      if (looksLikeFile) return reply.callNotFound();
      return reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(CONSOLE_NOT_BUILT);
    }
    if (looksLikeFile) {
      const file = resolve(root, '.' + decoded);
      if (!file.startsWith(root + sep) || !isFile(file)) return reply.callNotFound();
      const relative = file.slice(root.length + 1);
      if (relative === 'index.html') return sendIndex();
      const hashed = relative.startsWith('assets' + sep);
      reply.header('cache-control', hashed ? IMMUTABLE : SHORT);
      return reply.sendFile(relative, { cacheControl: false, etag: true, lastModified: !hashed });
    }
    return sendIndex();

    function sendIndex() {
      reply.header('cache-control', REVALIDATE);
      return reply.sendFile('index.html', { cacheControl: false, etag: true, lastModified: true });
    }
  });
}
