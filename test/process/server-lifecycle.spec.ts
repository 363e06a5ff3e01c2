import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@app/event-store';
import { Pool } from 'pg';
import { newEvent, streamName } from '../event-store/event-store.contract';
import { spawnServer, waitForHealth } from '../support/server-process';

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cases-server-'));
  chmodSync(dataDir, 0o755);
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function postgresProcessesFor(dir: string): string {
  try {
    return execFileSync('pgrep', ['-af', `postgres -D ${dir}`], { encoding: 'utf8' });
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

/** Appends one event straight into the embedded database a running server uses. */
async function appendBehindServer(dir: string): Promise<void> {
  const [, , , port] = readFileSync(join(dir, 'postgres/postmaster.pid'), 'utf8').split('\n');
  const password = readFileSync(join(dir, 'postgres.password'), 'utf8').trim();
  const pool = new Pool({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/cases` });
  await new PostgresEventStore(pool).append(streamName(), [newEvent()], 'no_stream');
  await pool.end();
}

describe('npm start on the embedded default', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'starts PostgreSQL under DATA_DIR, serves health, and on %s stops the server and then PostgreSQL',
    async (signal) => {
      const server = spawnServer({ DATA_DIR: dataDir });
      const health = await waitForHealth(server);
      expect(health).toMatchObject({
        status: 'ok',
        eventStore: { kind: 'postgres', ok: true, headPosition: 0 },
        projections: expect.arrayContaining([expect.objectContaining({ name: 'stream_index', state: 'running', position: 0, lag: 0 })]),
      });
      expect(postgresProcessesFor(dataDir)).not.toBe('');
      expect(statSync(join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);

      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain(`${signal}: stopping the server, then the database`);
      expect(postgresProcessesFor(dataDir)).toBe('');
    },
  );

  it('reuses its data, master key and projection positions on a second start', async () => {
    const first = spawnServer({ DATA_DIR: dataDir });
    await waitForHealth(first);
    const masterKey = readFileSync(join(dataDir, 'master.key'), 'utf8');
    await appendBehindServer(dataDir);
    const deadline = Date.now() + 10_000;
    let health = await waitForHealth(first);
    const streamIndex = (h: Record<string, unknown>) => (h.projections as { name: string; position: number }[]).find((p) => p.name === 'stream_index')!;
    while (streamIndex(health).position === 0 && Date.now() < deadline) {
      health = await waitForHealth(first);
    }
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = spawnServer({ DATA_DIR: dataDir });
    const again = await waitForHealth(second);
    expect(second.output()).not.toContain('Initialising');
    expect(again).toMatchObject({ eventStore: { headPosition: 1 } });
    expect(streamIndex(again)).toMatchObject({ position: 1, lag: 0 });
    expect(readFileSync(join(dataDir, 'master.key'), 'utf8')).toBe(masterKey);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('refuses a second server on the same DATA_DIR with a clear message', async () => {
    const first = spawnServer({ DATA_DIR: dataDir });
    await waitForHealth(first);
    const second = spawnServer({ DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/DATA_DIR .* is in use by a running PostgreSQL/);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
  });
});

describe('configuration', () => {
  it.each([
    [{ PORT: 'abc' }, /^Configuration error: PORT must be a whole number/m],
    [{ EVENT_STORE: 'mongo' }, /^Configuration error: EVENT_STORE must be postgres or kurrentdb/m],
    [{ PROJECTIONS: 'maybe' }, /^Configuration error: PROJECTIONS must be on or off/m],
    [{ MASTER_KEY: 'c2hvcnQ=' }, /^Configuration error: MASTER_KEY must decode to exactly 32 bytes/m],
    [{ DATABASE_URL: 'postgres://localhost/x' }, /^Configuration error: MASTER_KEY is required with DATABASE_URL/m],
    [{ EVENT_STORE: 'kurrentdb' }, /^Configuration error: KURRENTDB_URL is required when EVENT_STORE=kurrentdb/m],
  ])('stops at start on %p with one line naming the variable', async (env, message) => {
    const server = spawnServer({ DATA_DIR: dataDir, ...env });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(message);
    expect(server.output().trim().split('\n')).toHaveLength(1);
    expect(postgresProcessesFor(dataDir)).toBe('');
  });
});

describe('with DATABASE_URL', () => {
  it('uses that server, runs migrations and starts no embedded PostgreSQL', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const name = `server_${Date.now()}`;
    const admin = new Pool({ connectionString: url.toString() });
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url.pathname = `/${name}`;
    const server = spawnServer({
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
      PROJECTIONS: 'off',
    });
    const health = await waitForHealth(server);
    expect(health).toMatchObject({ status: 'ok', projections: expect.arrayContaining([expect.objectContaining({ state: 'elsewhere' })]) });
    expect(postgresProcessesFor(dataDir)).toBe('');
    const check = new Pool({ connectionString: url.toString() });
    const { rows } = await check.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'events'");
    await check.end();
    expect(rows[0].n).toBe(1);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
