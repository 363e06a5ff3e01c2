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
  // Said plainly in the run's output, not hidden: no KurrentDB server can run on these machines.
  console.warn(
    'KurrentDB contract suite SKIPPED: KURRENTDB_URL is not set. Start a KurrentDB server ' +
      '(see docs/docker-compose.md) and run with KURRENTDB_URL=kurrentdb://localhost:2113?tls=false',
  );
  describe('EventStore contract: KurrentDB', () => {
    it.skip('runs only when KURRENTDB_URL points at a KurrentDB server', () => undefined);
  });
}
