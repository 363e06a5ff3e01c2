import type { Pool, PoolClient } from 'pg';
import {
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
import { InsertBatcher, insertEvents } from './insert-batcher';
import { NotificationChannel } from './notification-channel';
import { StreamHeadCache, type StreamHead } from './stream-head-cache';

type Queryable = Pick<PoolClient, 'query'>;

const UNIQUE_VIOLATION = '23505';
const MAX_ANY_RETRIES = 20;
/** The columns `toStoredEvent` maps: for other readers of the events table (read-model rebuilds). */
export const EVENT_COLUMNS = `position, transaction_id::text AS tx, event_id, stream_id, version, type,
  schema_version, data, metadata`;

export class PostgresEventStore implements EventStore {
  private readonly heads = new StreamHeadCache(10_000);
  private readonly channel: NotificationChannel;
  private readonly batcher: InsertBatcher;

  constructor(private readonly pool: Pool) {
    this.channel = new NotificationChannel(pool, 'events');
    this.batcher = new InsertBatcher(pool);
  }

  /** Starts listening for other processes' appends (LISTEN/NOTIFY). */
  async start(): Promise<void> {
    await this.channel.listen();
  }

  onAppended(listener: () => void): () => void {
    return this.channel.subscribe(listener);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const result = await this.appendWith(this.pool, streamId, events, expected);
    if (!result.duplicate) this.channel.announce();
    return result;
  }

  /**
   * Appends inside a transaction the caller holds open on `client`, so that other writes
   * (an idempotency record, say) commit or fail with the events. The caller commits.
   */
  async appendInTransaction(
    client: PoolClient,
    streamId: string,
    events: NewEvent[],
    expected: ExpectedVersion,
  ): Promise<AppendResult> {
    // The transaction may yet roll back: its head is never cached.
    this.heads.forget(streamId);
    return this.appendWith(client, streamId, events, expected, true);
  }

  /** Call after committing a transaction that appended, to wake projections. */
  announce(): void {
    this.channel.announce();
  }

  private async appendWith(
    db: Queryable,
    streamId: string,
    events: NewEvent[],
    expected: ExpectedVersion,
    inTransaction = false,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const required = requiredVersion(expected);
    for (let attempt = 0; ; attempt++) {
      const cached = inTransaction ? undefined : this.heads.get(streamId);
      const head = cached ?? (await this.readHead(db, streamId));
      if (required !== null && head.version !== required) {
        // A cached head can only be behind, never ahead: look again before failing.
        if (cached && required > cached.version) {
          this.heads.forget(streamId);
          continue;
        }
        return this.repeatOr(db, events, new WrongExpectedVersion(streamId, expected, head.version));
      }
      const sealed = sealEvents(streamId, head.version, head.hash, events);
      try {
        const positions = inTransaction
          ? [...(await insertEvents(db, sealed)).values()]
          : await this.batcher.insert(streamId, sealed);
        const last = sealed[sealed.length - 1];
        if (!inTransaction) this.heads.set(streamId, { version: last.version, hash: last.metadata.hash });
        return { nextVersion: last.version, position: Math.max(...positions), duplicate: false };
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        this.heads.forget(streamId);
        const versionTaken = (error as { constraint?: string }).constraint === 'events_stream_version_key';
        if (inTransaction) {
          // The transaction is aborted: report and let the caller roll back.
          throw versionTaken
            ? new WrongExpectedVersion(streamId, expected, head.version + 1)
            : new EventIdConflict(events.map((e) => e.eventId));
        }
        if (versionTaken && required === null && attempt < MAX_ANY_RETRIES) continue;
        const fresh = await this.readHead(db, streamId);
        return this.repeatOr(db, events, new WrongExpectedVersion(streamId, expected, fresh.version));
      }
    }
  }

  /** A repeat of an earlier append answers with the original result; anything else fails. */
  private async repeatOr(db: Queryable, events: NewEvent[], failure: Error): Promise<AppendResult> {
    const ids = events.map((e) => e.eventId);
    const { rows } = await db
      .query<{ version: number; position: string }>(
        'SELECT version, position FROM events WHERE event_id = ANY($1::uuid[])',
        [ids],
      )
      .catch(() => ({ rows: [] as { version: number; position: string }[] }));
    if (rows.length === 0) throw failure;
    if (rows.length !== ids.length) throw new EventIdConflict(ids);
    return {
      nextVersion: Math.max(...rows.map((r) => r.version)),
      position: Math.max(...rows.map((r) => Number(r.position))),
      duplicate: true,
    };
  }

  private async readHead(db: Queryable, streamId: string): Promise<StreamHead> {
    const { rows } = await db.query<{ version: number; hash: string }>(
      `SELECT version, metadata->>'hash' AS hash FROM events
       WHERE stream_id = $1 ORDER BY version DESC LIMIT 1`,
      [streamId],
    );
    return rows[0] ?? { version: 0, hash: GENESIS_HASH };
  }

  async read(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY version LIMIT $2`,
      [streamId, options.maxCount ?? null],
    );
    const events = rows.map(toStoredEvent);
    const last = events[events.length - 1];
    // Only a whole read knows the head; a cut-short one does not.
    if (last && options.maxCount === undefined) this.heads.set(streamId, { version: last.version, hash: last.metadata.hash });
    return events;
  }

  /**
   * Global order is (transaction id, position). Events of transactions that are still
   * running, or that started before the oldest running one, are held back, so an event
   * that took its position early but commits late is never skipped.
   */
  async readAll(after: GlobalCheckpoint, limit: number): Promise<ReadAllResult> {
    const fromStart = after.major < 0n;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE ${fromStart ? 'TRUE' : '(transaction_id, position) > ($2::text::xid8, $3::bigint)'}
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id, position
       LIMIT $1`,
      fromStart ? [limit] : [limit, after.major.toString(), after.minor.toString()],
    );
    const events = rows.map(toStoredEvent);
    return { events, next: events.length ? events[events.length - 1].checkpoint : after };
  }

  async checkpointOf(position: number): Promise<GlobalCheckpoint | null> {
    const { rows } = await this.pool.query<{ tx: string }>(
      'SELECT transaction_id::text AS tx FROM events WHERE position = $1',
      [position],
    );
    return rows[0] ? { major: BigInt(rows[0].tx), minor: BigInt(position) } : null;
  }

  async health(): Promise<EventStoreHealth> {
    try {
      const { rows } = await this.pool.query<{ head: string | null }>('SELECT max(position) AS head FROM events');
      return { kind: 'postgres', ok: true, headPosition: Number(rows[0].head ?? 0) };
    } catch (error) {
      return { kind: 'postgres', ok: false, headPosition: 0, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.channel.close();
  }
}


export interface EventRow {
  position: string;
  tx: string;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: StoredEvent['metadata'];
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    version: row.version,
    position: Number(row.position),
    checkpoint: { major: BigInt(row.tx), minor: BigInt(row.position) },
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
  };
}
