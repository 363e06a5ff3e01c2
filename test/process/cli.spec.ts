import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { newEvent, streamName } from '../event-store/event-store.contract';
import { spawnServer, waitForHealth } from '../support/server-process';
import { createTestDatabase, poolOf } from '../support/test-database';

const CLI = join(__dirname, '../../dist/apps/api/src/cli.js');
const MASTER_KEY = Buffer.alloc(32, 3).toString('base64');

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('npm run cli -- projections', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ url, dataSource } = await createTestDatabase());
    const store = new PostgresEventStore(poolOf(dataSource));
    for (let i = 0; i < 300; i++) await store.append(streamName(), [newEvent('Step', { i }), newEvent('Step')], 'no_stream');
  });

  afterAll(() => dataSource.destroy());

  it('rebuilds a read model with a progress bar showing events/s and ETA', async () => {
    const { code, output } = cli(['projections', 'rebuild', 'stream_index'], { DATABASE_URL: url, MASTER_KEY });
    expect(output).toMatch(/stream_index\s+.*\d+% \| 600 events \| \d+ events\/s \| ETA/);
    expect(output).toMatch(/stream_index: rebuilt from 600 events in [\d.]+ s \(\d+ events\/s\)/);
    expect(code).toBe(0);
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM stream_index');
    expect(n).toBe(300);
  });

  it('names the known projections when asked for an unknown one', () => {
    const { code, output } = cli(['projections', 'rebuild', 'nope'], { DATABASE_URL: url, MASTER_KEY });
    expect(code).toBe(2);
    expect(output).toMatch(/No projection named nope\. Known: .*stream_index/);
  });

  it('reports where each projection stands', () => {
    const { code, output } = cli(['projections', 'status'], { DATABASE_URL: url, MASTER_KEY });
    expect(code).toBe(0);
    expect(output).toContain('event store head position: 600');
    expect(output).toMatch(/stream_index\s+position 600\s+lag 0/);
  });
});

describe('npm run seed:demo', () => {
  it('creates users of every role with printed passwords and cases at different stages, once', async () => {
    const { url, dataSource } = await createTestDatabase();
    try {
      const first = cli(['seed-demo'], { DATABASE_URL: url, MASTER_KEY });
      expect(first.code).toBe(0);
      for (const role of ['admin', 'hr', 'leader', 'safety_rep']) expect(first.output).toMatch(new RegExp(`^\\s+${role}\\s+\\S+@demo\\.saker\\.local\\s+\\S{12}`, 'm'));
      const cases = await dataSource.query(`SELECT stream_id, count(*)::int AS n FROM events WHERE stream_id LIKE 'case-%' GROUP BY stream_id`);
      expect(cases).toHaveLength(4);
      const types = await dataSource.query(`SELECT DISTINCT type FROM events`);
      expect(types.map((t: { type: string }) => t.type)).toEqual(
        expect.arrayContaining(['CaseOpened', 'RiskIdentified', 'ActionEvaluated', 'AbsenceRecorded', 'FollowUpPlanRecorded', 'DialogueMeetingHeld', 'ExpertSupportRequested', 'CaseClosed']),
      );
      const again = cli(['seed-demo'], { DATABASE_URL: url, MASTER_KEY });
      expect(again.code).toBe(0);
      expect(again.output).toContain('nothing was added');
      const [{ n }] = await dataSource.query(`SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE stream_id LIKE 'case-%'`);
      expect(n).toBe(4);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('the CLI beside a running embedded server', () => {
  it("attaches to the server's PostgreSQL and rebuilds while it runs", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cases-cli-'));
    chmodSync(dataDir, 0o755);
    const server = spawnServer({ DATA_DIR: dataDir });
    try {
      await waitForHealth(server);
      const { code, output } = cli(['projections', 'rebuild'], { DATA_DIR: dataDir });
      expect(output).toContain('stream_index: rebuilt from 0 events');
      // The timeline's copied entries stay encrypted until the server's runner opens them.
      expect(output).toContain('case_timeline: readable now; a running server finishes it in the background');
      expect(output).not.toContain('stream_index: readable now');
      expect(code).toBe(0);
      const health = await waitForHealth(server);
      expect(health.status).toBe('ok');
    } finally {
      server.child.kill('SIGINT');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
