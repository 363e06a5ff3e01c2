/**
 * The event store port. Adapters (postgres/, kurrentdb/) implement it; the rest of the
 * system depends only on this file. Streams are numbered from version 1; an empty or
 * missing stream is at version 0.
 */

/** What a writer expects the stream's current version to be. */
export type ExpectedVersion = number | 'no_stream' | 'any';

/** Who did it and why, carried with every event. */
export interface EventContext {
  actorId: string;
  correlationId?: string;
  causationId?: string;
  /** ISO timestamp; defaults to the store's clock when absent. */
  occurredAt?: string;
}

/** Fields of `data` holding personal data, encrypted with the subject's data key. */
export interface PersonalData {
  subjectId: string;
  /** Dot paths into `data`, e.g. `name` or `expert.name`. */
  fields: string[];
}

export interface NewEvent {
  eventId: string;
  type: string;
  schemaVersion?: number;
  data: Record<string, unknown>;
  context: EventContext;
  personal?: PersonalData;
}

export interface EventMetadata {
  actorId: string;
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
  /** Present when fields of `data` are encrypted. */
  personal?: PersonalData;
  prevHash: string;
  hash: string;
}

/**
 * The sort key of the global order: a pair compared lexicographically.
 * PostgreSQL: (transaction id, position). KurrentDB: (commit, prepare).
 */
export interface GlobalCheckpoint {
  major: bigint;
  minor: bigint;
}

export const START: GlobalCheckpoint = Object.freeze({ major: -1n, minor: -1n });

export interface StoredEvent {
  eventId: string;
  streamId: string;
  version: number;
  /** Global position: the number clients pass back as `minPosition`. */
  position: number;
  checkpoint: GlobalCheckpoint;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** The stream's version after the append. */
  nextVersion: number;
  /** Global position of the last event written (or of the original, on a repeat). */
  position: number;
  /** True when every event had been appended before (idempotent repeat). */
  duplicate: boolean;
}

export interface ReadStreamOptions {
  maxCount?: number;
}

export interface ReadAllOptions {
  /**
   * For a store that decrypts personal fields: decrypt only events of these types; the
   * others keep their ciphertext (`{ $encrypted }`) exactly as stored. Decrypting costs a
   * few microseconds a field, most of a rebuild's reading, so a reader that blanks personal
   * fields anyway skips it. Absent: decrypt every event. Adapters ignore it.
   */
  decryptTypes?: readonly string[];
}

export interface ReadAllResult {
  events: StoredEvent[];
  /** Checkpoint after the last event returned, or the one passed in when none. */
  next: GlobalCheckpoint;
}

export interface EventStoreHealth {
  kind: 'postgres' | 'kurrentdb';
  ok: boolean;
  headPosition: number;
  error?: string;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /** A stream's events from version 1; `maxCount` stops early (the first event, say). */
  read(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  readAll(after: GlobalCheckpoint, limit: number, options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Calls the listener (without arguments) when new events may be readable. */
  onAppended(listener: () => void): () => void;
  /** The checkpoint at which the event with this global position has been passed, or null. */
  checkpointOf(position: number): Promise<GlobalCheckpoint | null>;
  health(): Promise<EventStoreHealth>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export function compareCheckpoints(a: GlobalCheckpoint, b: GlobalCheckpoint): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  return 0;
}

/** The version a stream must be at for `expected`, or null when any version is accepted. */
export function requiredVersion(expected: ExpectedVersion): number | null {
  if (expected === 'any') return null;
  if (expected === 'no_stream') return 0;
  return expected;
}
