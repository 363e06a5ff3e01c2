import { PostgresEventStore, type NewEvent } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { createTestDatabase, poolOf } from '../support/test-database';
import { describeEventStoreContract } from './event-store.contract';

let dataSource: DataSource;
let store: PostgresEventStore;

beforeAll(async () => {
  ({ dataSource } = await createTestDatabase(30));
  store = new PostgresEventStore(poolOf(dataSource));
  await store.start();
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

describeEventStoreContract('PostgreSQL', {
  store: () => store,
  async holdOpenAppend(streamId: string, event: NewEvent) {
    const client = await poolOf(dataSource).connect();
    await client.query('BEGIN');
    await store.appendInTransaction(client, streamId, [event], 'no_stream');
    return {
      async commit() {
        await client.query('COMMIT');
        client.release();
        store.announce();
      },
    };
  },
});
