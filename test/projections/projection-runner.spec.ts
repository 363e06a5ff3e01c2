import { PostgresEventStore } from '@app/event-store';
import { ProjectionRunner, StreamIndexProjection, rebuildProjection, CheckpointStore } from '@app/projections';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { newEvent, streamName } from '../event-store/event-store.contract';
import { createTestDatabase, poolOf } from '../support/test-database';
import { RecordingProjection } from './recording-projection';

let url: string;
let dataSource: DataSource;
let store: PostgresEventStore;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  ({ url, dataSource } = await createTestDatabase());
  store = new PostgresEventStore(poolOf(dataSource));
  await store.start();
});

afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

async function freshProjection(name: string): Promise<RecordingProjection> {
  const projection = new RecordingProjection(name);
  await projection.createTable(dataSource.manager);
  return projection;
}

function startRunner(projection: RecordingProjection | StreamIndexProjection, on = dataSource, onStore = store): ProjectionRunner {
  const runner = new ProjectionRunner(on, onStore, projection, { pollMs: 50, lockRetryMs: 50, errorBackoffMs: 50, log: () => undefined });
  runner.start();
  cleanup.push(() => runner.stop());
  return runner;
}

async function appendMany(count: number, type = 'Step'): Promise<number> {
  let position = 0;
  for (let i = 0; i < count; i++) {
    ({ position } = await store.append(streamName('s'), [newEvent(type, { i })], 'no_stream'));
  }
  return position;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function eventCount(): Promise<number> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM events');
  return n;
}

async function appliedOnce(projection: RecordingProjection): Promise<boolean> {
  const applications = await projection.applications(dataSource.manager);
  return applications.size === (await eventCount()) && [...applications.values()].every((n) => n === 1);
}

describe('projection runner', () => {
  it('catches up, follows new events and stores its checkpoint with the read model', async () => {
    await appendMany(30);
    const projection = await freshProjection('follow');
    const runner = startRunner(projection);
    await eventually(() => appliedOnce(projection));
    const last = await appendMany(5);
    expect(await runner.waitFor(last, 5000)).toBe(true);
    expect(await appliedOnce(projection)).toBe(true);
    const row = await new CheckpointStore().load(dataSource.manager, 'follow');
    expect(row.position).toBe(last);
  });

  it('follows the store by polling when no wake-up ever comes', async () => {
    const projection = await freshProjection('deaf');
    const silent = Object.assign(Object.create(store) as PostgresEventStore, { onAppended: () => () => undefined });
    startRunner(projection, dataSource, silent);
    await appendMany(3);
    await eventually(() => appliedOnce(projection));
  });

  it('does not skip an event that took its position first and committed last', async () => {
    const projection = await freshProjection('late_commit');
    startRunner(projection);
    await eventually(() => appliedOnce(projection));
    const early = newEvent('Early');
    const client = await poolOf(dataSource).connect();
    await client.query('BEGIN');
    await store.appendInTransaction(client, streamName('early'), [early], 'no_stream');
    const late = await store.append(streamName('late'), [newEvent('Late')], 'no_stream');
    await new Promise((r) => setTimeout(r, 200)); // the runner polls meanwhile
    await client.query('COMMIT');
    client.release();
    store.announce();
    await eventually(() => appliedOnce(projection));
    const applications = await projection.applications(dataSource.manager);
    expect(applications.get(early.eventId)).toBe(1);
    const [{ position }] = await dataSource.query('SELECT position FROM events WHERE event_id = $1', [early.eventId]);
    expect(Number(position)).toBeLessThan(late.position);
  });

  it('lets one of two processes own a projection; every event is applied exactly once', async () => {
    const second = await openDatabase(url);
    const secondStore = new PostgresEventStore(poolOf(second));
    await secondStore.start();
    cleanup.push(async () => {
      await secondStore.close();
      await second.destroy();
    });
    const projection = await freshProjection('owned');
    const a = startRunner(projection);
    const b = startRunner(projection, second, secondStore);
    const writes = appendMany(100);
    await writes;
    await eventually(() => appliedOnce(projection));
    expect([a.state, b.state].sort()).toEqual(['running', 'standby']);
  });

  it('never double-applies when workers without the lock race on the same checkpoint', async () => {
    await appendMany(200);
    const projection = await freshProjection('racing');
    const workers = Array.from({ length: 4 }, async () => {
      const runner = new ProjectionRunner(dataSource, store, projection);
      for (;;) {
        const { applied, conflict } = await runner.processBatch(7);
        if (applied === 0 && !conflict) return;
      }
    });
    await Promise.all(workers);
    expect(await appliedOnce(projection)).toBe(true);
  });

  it('rolls back a batch whose transaction is killed mid-way; after a restart the read model equals a rebuild', async () => {
    await appendMany(20);
    const projection = await freshProjection('killed');
    let killed = false;
    projection.beforeApply = async (event, tx) => {
      if (killed || event.type !== 'Step' || Number(event.data.i) !== 10) return;
      killed = true;
      const [{ pid }] = await tx.query('SELECT pg_backend_pid() AS pid');
      await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      await tx.query('SELECT 1'); // the dead connection fails here, mid-batch
    };
    const first = startRunner(projection);
    await eventually(async () => killed);
    await first.stop();

    await appendMany(10);
    startRunner(projection);
    await eventually(() => appliedOnce(projection));
    const incremental = await digest(projection);
    await rebuildProjection(dataSource, store, projection);
    expect(await digest(projection)).toEqual(incremental);
  });

  it('stops only the projection that throws, names the event, and resumes from there after a restart', async () => {
    await appendMany(5);
    const poison = newEvent('Poison');
    await store.append(streamName('poison'), [poison], 'no_stream');
    await appendMany(5);
    const failing = await freshProjection('failing');
    failing.beforeApply = async (event) => {
      if (event.type === 'Poison') throw new Error(`cannot digest ${event.type}`);
    };
    const healthy = await freshProjection('healthy');
    const runner = startRunner(failing);
    startRunner(healthy);
    await eventually(async () => runner.state === 'failed');
    expect(runner.failure).toMatchObject({ eventId: poison.eventId, type: 'Poison', message: 'cannot digest Poison' });
    await eventually(() => appliedOnce(healthy));

    const checkpoints = new CheckpointStore();
    const stuck = await checkpoints.load(dataSource.manager, 'failing');
    const [{ position }] = await dataSource.query('SELECT position FROM events WHERE event_id = $1', [poison.eventId]);
    const before = await failing.applications(dataSource.manager);
    expect(before.has(poison.eventId)).toBe(false);
    expect([...before.values()].every((n) => n === 1)).toBe(true);
    expect(stuck.failure).toMatchObject({ eventId: poison.eventId, position: Number(position) });

    const restarted = startRunner(failing);
    await eventually(async () => restarted.state === 'failed');
    expect(await checkpoints.load(dataSource.manager, 'failing')).toMatchObject({ position: stuck.position });
    expect(await failing.applications(dataSource.manager)).toEqual(before);
  });

  it('rebuilds the stream index to exactly the incremental result', async () => {
    await appendMany(50);
    const projection = new StreamIndexProjection();
    const runner = startRunner(projection);
    const last = await appendMany(10);
    expect(await runner.waitFor(last, 5000)).toBe(true);
    await runner.stop();
    const incremental = await dataSource.query('SELECT * FROM stream_index ORDER BY stream_id');
    const progress: number[] = [];
    const result = await rebuildProjection(dataSource, store, projection, (p) => progress.push(p.applied));
    expect(result.applied).toBe(await eventCount());
    expect(progress.at(-1)).toBe(result.applied);
    expect(await dataSource.query('SELECT * FROM stream_index ORDER BY stream_id')).toEqual(incremental);
  });
});

async function digest(projection: RecordingProjection): Promise<[string, number][]> {
  return [...(await projection.applications(dataSource.manager)).entries()].sort();
}
