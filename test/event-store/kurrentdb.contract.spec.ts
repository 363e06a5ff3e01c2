import type { EventStore } from '@app/event-store';
import { KurrentDbEventStore } from '@app/event-store/kurrentdb/kurrentdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

const url = process.env.KURRENTDB_URL;

if (url) {
  let store: EventStore;
  beforeAll(() => {
    store = KurrentDbEventStore.fromConnectionString(url);
  });
  afterAll(() => store.close());
  describeEventStoreContract('KurrentDB', { store: () => store });
} else {
  // global-setup.ts prints why in every run.
  describe('EventStore contract: KurrentDB', () => {
    it.skip('runs only when KURRENTDB_URL points at a KurrentDB server', () => undefined);
  });
}
