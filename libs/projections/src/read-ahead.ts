import {
  compareCheckpoints,
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  type GlobalCheckpoint,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllResult,
  type StoredEvent,
} from '@app/event-store';

/**
 * The store as a rebuild reads it: as soon as a page is returned, the next one is fetched,
 * so that reading and decrypting page n+1 (Node) runs while PostgreSQL applies page n.
 * A page read ahead is served only to a call from exactly where it starts, with the same
 * limit and options; it is as valid as a fresh read, because events that become readable
 * later all sort after it.
 */
export class ReadAheadStore implements EventStore {
  private ahead: { after: GlobalCheckpoint; limit: number; decryptTypes?: readonly string[]; page: Promise<ReadAllResult> } | null = null;

  constructor(private readonly inner: EventStore) {}

  async readAll(after: GlobalCheckpoint, limit: number, options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const { decryptTypes } = options;
    const ahead = this.ahead;
    this.ahead = null;
    const hit =
      ahead && ahead.limit === limit && ahead.decryptTypes === decryptTypes && compareCheckpoints(ahead.after, after) === 0;
    const result = await (hit ? ahead.page : this.inner.readAll(after, limit, options));
    // Nothing read: the end of the store, no point asking again before being asked.
    if (result.events.length > 0) {
      const page = this.inner.readAll(result.next, limit, options);
      page.catch(() => undefined); // reported to whoever asks for it; never unhandled
      this.ahead = { after: result.next, limit, decryptTypes, page };
    }
    return result;
  }

  append(streamId: string, events: NewEvent[], expected: Parameters<EventStore['append']>[2]): Promise<AppendResult> {
    return this.inner.append(streamId, events, expected);
  }

  read(streamId: string, options?: Parameters<EventStore['read']>[1]): Promise<StoredEvent[]> {
    return this.inner.read(streamId, options);
  }

  onAppended(listener: () => void): () => void {
    return this.inner.onAppended(listener);
  }

  checkpointOf(position: number): Promise<GlobalCheckpoint | null> {
    return this.inner.checkpointOf(position);
  }

  health(): Promise<EventStoreHealth> {
    return this.inner.health();
  }

  /** Waits for a page still in flight, so that the caller may close the pool after this. */
  async settle(): Promise<void> {
    await this.ahead?.page.catch(() => undefined);
    this.ahead = null;
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
