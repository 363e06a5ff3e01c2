import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from '@app/event-store';
import type { DataSource, EntityManager } from 'typeorm';

/** Decrypts the personal fields of events of these types (all when absent); others pass as stored. */
export type Decrypt = (events: StoredEvent[], decryptTypes?: readonly string[]) => Promise<StoredEvent[]>;

/** Events per read; a chunk holds the whole streams of a page (a longer stream waits for the rest). */
const STREAM_PAGE = 10_000;

/**
 * The PostgreSQL event store's `events` table, seen from a rebuild in the same database: every
 * event up to a boundary in global order, (transaction id, position). The boundary is the last
 * event `readAll` could return when it was taken (older transactions all finished), so the
 * set below it never changes and the runner can go on from it. This is the one place outside
 * the store that knows its table (libs/event-store/src/postgres/schema.ts).
 */
export class EventsTable {
  private constructor(
    readonly transactionId: string,
    readonly position: number,
    /** Events at or before the boundary. */
    readonly count: number,
    private readonly decrypt: Decrypt,
    /** Reads beside the rebuild's transaction, so the next page arrives while one is applied. */
    private readonly reader: Pick<DataSource, 'query'>,
  ) {}

  /** The boundary now (null when there is nothing to read yet). Only for the PostgreSQL store. */
  static async at(tx: EntityManager, reader: Pick<DataSource, 'query'>, decrypt: Decrypt): Promise<EventsTable | null> {
    const [last] = await tx.query(
      `SELECT transaction_id::text AS tx, position FROM events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    );
    if (!last) return null;
    const [{ count }] = await tx.query(
      'SELECT count(*)::int AS count FROM events WHERE (transaction_id, position) <= ($1::text::xid8, $2::bigint)',
      [last.tx, last.position],
    );
    return new EventsTable(last.tx, Number(last.position), count, decrypt, reader);
  }

  /** SQL: the row `alias` is at or before the boundary; the boundary is parameters $1 and $2. */
  upTo(alias: string): string {
    return `(${alias}.transaction_id, ${alias}.position) <= ($1::text::xid8, $2::bigint)`;
  }

  /** The parameters `upTo` refers to, to put first. */
  get params(): [string, number] {
    return [this.transactionId, this.position];
  }

  /**
   * Every event of the streams whose id starts with `prefix`, stream by stream in version
   * order, in chunks that hold whole streams: a fold then writes each stream's result once.
   * The events below the boundary never change, so they are read on another connection.
   */
  async *streams(prefix: string, decryptTypes?: readonly string[], pageSize = STREAM_PAGE): AsyncGenerator<StoredEvent[]> {
    const page = (after: { streamId: string; version: number }): Promise<EventRow[]> => {
      const rows: Promise<EventRow[]> = this.reader.query(
        `SELECT ${EVENT_COLUMNS} FROM events e
         WHERE (e.stream_id, e.version) > ($3, $4) AND starts_with(e.stream_id, $5) AND ${this.upTo('e')}
         ORDER BY e.stream_id, e.version LIMIT $6`,
        [...this.params, after.streamId, after.version, prefix, pageSize],
      );
      rows.catch(() => undefined); // a consumer that stops early leaves the read ahead unawaited
      return rows;
    };
    let pending = page({ streamId: '', version: 0 });
    let carried: StoredEvent[] = [];
    for (;;) {
      const rows = await pending;
      const more = rows.length === pageSize;
      if (more) pending = page({ streamId: rows[rows.length - 1].stream_id, version: rows[rows.length - 1].version });
      const events = [...carried, ...(await this.decrypt(rows.map(toStoredEvent), decryptTypes))];
      if (!more) {
        if (events.length) yield events;
        return;
      }
      // The last stream may go on in the next page: it waits for it.
      const cut = events.findIndex((e) => e.streamId === events[events.length - 1].streamId);
      carried = events.slice(cut);
      if (cut > 0) yield events.slice(0, cut);
    }
  }

  /** The events of these types in global order (a few: erasures, say). */
  async ofTypes(tx: EntityManager, types: readonly string[], decryptTypes?: readonly string[]): Promise<StoredEvent[]> {
    const rows: EventRow[] = await tx.query(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.type = ANY($3) AND ${this.upTo('e')}
       ORDER BY e.transaction_id, e.position`,
      [...this.params, types],
    );
    return this.decrypt(rows.map(toStoredEvent), decryptTypes);
  }
}
