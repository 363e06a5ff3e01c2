import { PostgresEventStore, verifyStream } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { createTestDatabase, poolOf } from '../support/test-database';
import { newEvent, streamName } from './event-store.contract';

let url: string;
let dataSource: DataSource;
let store: PostgresEventStore;

beforeAll(async () => {
  ({ url, dataSource } = await createTestDatabase());
  store = new PostgresEventStore(poolOf(dataSource));
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

describe('wake-ups across processes', () => {
  it('wakes a store on another connection pool through LISTEN/NOTIFY', async () => {
    const other = await openDatabase(url);
    const listener = new PostgresEventStore(poolOf(other));
    await listener.start();
    try {
      let woken = 0;
      listener.onAppended(() => woken++);
      await store.append(streamName(), [newEvent()], 'any');
      const deadline = Date.now() + 5000;
      while (woken === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(woken).toBeGreaterThan(0);
    } finally {
      await listener.close();
      await other.destroy();
    }
  });
});

describe('PostgreSQL events table', () => {
  it.each([
    ['UPDATE', "UPDATE events SET type = 'Changed'"],
    ['DELETE', 'DELETE FROM events'],
    ['TRUNCATE', 'TRUNCATE events'],
  ])('refuses %s', async (operation, sql) => {
    await store.append(streamName(), [newEvent()], 'any');
    await expect(dataSource.query(sql)).rejects.toThrow(`events are append-only: ${operation} refused`);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM events');
    expect(count).toBeGreaterThan(0);
  });

  it('names the first broken version when a stored row is changed behind the store', async () => {
    const stream = streamName();
    for (let n = 1; n <= 4; n++) await store.append(stream, [newEvent('Step', { n })], n - 1);
    expect(verifyStream(await store.read(stream)).valid).toBe(true);

    // Only the table owner can do this, and only by switching the trigger off.
    await dataSource.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
    await dataSource.query(`UPDATE events SET data = '{"n": 99}' WHERE stream_id = $1 AND version = 3`, [stream]);
    await dataSource.query('ALTER TABLE events ENABLE TRIGGER events_append_only');

    expect(verifyStream(await store.read(stream))).toMatchObject({ valid: false, eventCount: 4, firstInvalidVersion: 3 });
  });

  it('detects a removed event as a broken link', async () => {
    const stream = streamName();
    for (let n = 1; n <= 3; n++) await store.append(stream, [newEvent('Step', { n })], n - 1);
    const events = await store.read(stream);
    expect(verifyStream([events[0], events[2]])).toMatchObject({ valid: false, firstInvalidVersion: 2 });
  });
});
