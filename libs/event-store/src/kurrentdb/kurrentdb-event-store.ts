import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM,
  START as KURRENT_START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  type CurrentStreamState,
} from '@kurrent/kurrentdb-client';
import {
  compareCheckpoints,
  requiredVersion,
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  type ExpectedVersion,
  type GlobalCheckpoint,
  type NewEvent,
  type ReadAllResult,
  type ReadStreamOptions,
  type StoredEvent,
} from '../event-store.port';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import { GENESIS_HASH } from '../hash-chain';
import { sealEvents } from '../seal-events';
import { AllStreamWakeUp } from './all-stream-wake-up';
import { hasPosition, isSystemEvent, toEventData, toStoredEvent } from './recorded-event';

const MAX_ANY_RETRIES = 20;
const HEALTH_TIMEOUT_MS = 5_000;

interface StreamHead {
  version: number;
  hash: string;
}

const EMPTY_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH };

/**
 * EventStore on KurrentDB. Stream versions are revisions + 1; the global position is the
 * commit position in $all (a byte offset in the log: increasing, with gaps). Every write
 * names the exact revision its hashes were chained on, so a concurrent writer can make an
 * append fail or retry but never break a stream's chain.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly ownsClient: boolean;
  private readonly wakeUp: AllStreamWakeUp;

  /** A client passed in stays the caller's to dispose; one made from a string is closed here. */
  constructor(client: KurrentDBClient | string) {
    this.ownsClient = typeof client === 'string';
    this.client = typeof client === 'string' ? KurrentDBClient.connectionString(client) : client;
    this.wakeUp = new AllStreamWakeUp(this.client);
  }

  static fromConnectionString(connectionString: string): KurrentDbEventStore {
    return new KurrentDbEventStore(connectionString);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const required = requiredVersion(expected);
    for (let attempt = 0; ; attempt++) {
      let head: StreamHead;
      if (required === null) {
        // A repeat under 'any' never fails a version check, so look for its ids first.
        const stored = await this.read(streamId);
        const repeat = repeatOf(stored, events);
        if (repeat) return repeat;
        head = headOf(stored);
      } else {
        head = await this.readHead(streamId);
        if (head.version !== required) {
          return this.repeatOr(streamId, events, new WrongExpectedVersion(streamId, expected, head.version));
        }
      }
      const sealed = sealEvents(streamId, head.version, head.hash, events);
      try {
        const result = await this.client.appendToStream(streamId, sealed.map(toEventData), {
          streamState: head.version === 0 ? NO_STREAM : BigInt(head.version - 1),
        });
        // The server answers an idempotent repeat (same ids at the same revision) without a position.
        if (!hasPosition(result.position)) {
          return this.repeatOr(streamId, events, new Error(`KurrentDB acknowledged ${streamId} without a position`));
        }
        return {
          nextVersion: Number(result.nextExpectedRevision) + 1,
          position: Number(result.position.commit),
          duplicate: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (required === null && attempt < MAX_ANY_RETRIES) continue;
        const actual = versionOf(error.actualState);
        return this.repeatOr(streamId, events, new WrongExpectedVersion(streamId, expected, actual));
      }
    }
  }

  async read(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      const reading = options.maxCount === undefined ? {} : { maxCount: BigInt(options.maxCount) };
      for await (const resolved of this.client.readStream(streamId, reading)) {
        if (resolved.event) events.push(toStoredEvent(resolved.event));
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }

  /** $all in log order without KurrentDB's own events. A read from a position includes it: skip it. */
  async readAll(after: GlobalCheckpoint, limit: number): Promise<ReadAllResult> {
    const fromStart = after.major < 0n;
    const events: StoredEvent[] = [];
    if (limit <= 0) return { events, next: after };
    const reads = this.client.readAll({
      fromPosition: fromStart ? KURRENT_START : { commit: after.major, prepare: after.minor },
      maxCount: limit + 1,
      filter: excludeSystemEvents(),
    });
    for await (const resolved of reads) {
      const event = resolved.event;
      if (!event || isSystemEvent(event)) continue;
      const stored = toStoredEvent(event);
      if (!fromStart && compareCheckpoints(stored.checkpoint, after) <= 0) continue;
      events.push(stored);
      if (events.length === limit) break;
    }
    return { events, next: events.length ? events[events.length - 1].checkpoint : after };
  }

  onAppended(listener: () => void): () => void {
    return this.wakeUp.subscribe(listener);
  }

  /**
   * `position` is the commit position of a write's last event (what append returns); every
   * event before it in $all has a smaller commit position. So a projection has passed it
   * once its checkpoint's major reaches `position`, whatever the prepare part: we answer
   * (position, 0) rather than reading the event, since a read from a position that is not
   * a record boundary is an error on the server. Positions past the head were never issued.
   */
  async checkpointOf(position: number): Promise<GlobalCheckpoint | null> {
    if (!Number.isSafeInteger(position) || position < 0) return null;
    if (position > (await this.headPosition())) return null;
    return { major: BigInt(position), minor: 0n };
  }

  async health(): Promise<EventStoreHealth> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from KurrentDB within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
    });
    try {
      // Reads ignore the client's deadline option, hence the race.
      const headPosition = await Promise.race([this.headPosition(), timeout]);
      return { kind: 'kurrentdb', ok: true, headPosition };
    } catch (error) {
      return { kind: 'kurrentdb', ok: false, headPosition: 0, error: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.wakeUp.close();
    if (this.ownsClient) await this.client.dispose();
  }

  /** Commit position of the last of our events in $all (0 when there is none). */
  private async headPosition(): Promise<number> {
    const reads = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: excludeSystemEvents() });
    for await (const resolved of reads) {
      if (hasPosition(resolved.event?.position)) return Number(resolved.event.position.commit);
    }
    return 0;
  }

  /** The last event, from the leader: a stale head would only cost a failed version check. */
  private async readHead(streamId: string): Promise<StreamHead> {
    try {
      const reads = this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1, requiresLeader: true });
      for await (const resolved of reads) {
        if (resolved.event) return { version: Number(resolved.event.revision) + 1, hash: hashOf(resolved.event.metadata, streamId) };
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return EMPTY_HEAD;
  }

  /** A repeat of an earlier append answers with the original result; anything else fails. */
  private async repeatOr(streamId: string, events: NewEvent[], failure: Error): Promise<AppendResult> {
    const repeat = repeatOf(await this.read(streamId), events);
    if (!repeat) throw failure;
    return repeat;
  }
}

/**
 * All ids present: the original result. Some: a caller reused ids (EventIdConflict).
 * KurrentDB has no index by event id, so unlike PostgreSQL this sees only this stream.
 */
function repeatOf(stored: StoredEvent[], events: NewEvent[]): AppendResult | null {
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  const found = stored.filter((e) => ids.has(e.eventId.toLowerCase()));
  if (found.length === 0) return null;
  if (new Set(found.map((e) => e.eventId.toLowerCase())).size !== ids.size) throw new EventIdConflict(events.map((e) => e.eventId));
  return {
    nextVersion: Math.max(...found.map((e) => e.version)),
    position: Math.max(...found.map((e) => e.position)),
    duplicate: true,
  };
}

function headOf(stored: StoredEvent[]): StreamHead {
  const last = stored[stored.length - 1];
  return last ? { version: last.version, hash: last.metadata.hash } : EMPTY_HEAD;
}

function hashOf(metadata: unknown, streamId: string): string {
  const hash = (metadata as { hash?: unknown } | undefined)?.hash;
  if (typeof hash !== 'string') throw new Error(`The last event of ${streamId} has no hash: not written by this store`);
  return hash;
}

/** The client's errors from reads carry only their class name as message; add the kind. */
function describe(error: unknown): string {
  const { type, message } = error as { type?: string; message?: string };
  return [type, message].filter(Boolean).join(': ') || String(error);
}

/** Our version from KurrentDB's current revision ('no_stream', or negative when deleted: 0). */
function versionOf(state: CurrentStreamState): number {
  return typeof state === 'bigint' && state >= 0n ? Number(state) + 1 : 0;
}
