import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { EventsTable } from './events-table';

/**
 * A read model fed from the global event order. `apply` receives a whole batch inside the
 * transaction that also stores the checkpoint, so it should write in bulk; it must be
 * deterministic so that a rebuild equals the incremental result.
 */
export interface Projection {
  /** Stable name: the checkpoint's key and the CLI's argument. */
  readonly name: string;
  /**
   * Event types whose personal fields this read model needs in clear; absent: all. Events
   * of other types arrive with those fields still encrypted, so the read model must never
   * keep them (it blanks them, say).
   */
  readonly decryptTypes?: readonly string[];
  apply(events: StoredEvent[], tx: EntityManager): Promise<void>;
  /** Empties the read model before a rebuild. */
  reset(tx: EntityManager): Promise<void>;
  /**
   * A faster rebuild, when the events are in a PostgreSQL table of the same database: fill
   * the emptied read model with every event up to the table's boundary, to exactly the state
   * `apply` would reach, without replaying the events one batch at a time in global order.
   * Absent: a rebuild replays through `apply`.
   */
  rebuildFrom?(events: EventsTable, tx: EntityManager): Promise<void>;
  /**
   * Work the live runner does when it has caught up with the events (the timeline opens the
   * entries a rebuild left sealed): a bounded part of it in `tx`, returning how many items
   * it handled, 0 when nothing is left. The read model must be right before and after.
   */
  tidy?(tx: EntityManager): Promise<number>;
}
