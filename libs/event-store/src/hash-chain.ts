import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventMetadata, StoredEvent } from './event-store.port';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);
export const HASH_ALGORITHM = 'sha256 over RFC 8785 canonical JSON, chained per stream';

/** The part of an event the hash covers: everything but the hash and the global position. */
export interface HashedContent {
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: Omit<EventMetadata, 'hash'>;
}

export function hashEvent(content: HashedContent): string {
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error('Event cannot be canonicalised');
  return createHash('sha256').update(content.metadata.prevHash + canonical).digest('hex');
}

export interface StreamVerification {
  valid: boolean;
  eventCount: number;
  headHash: string;
  /** The first version whose hash, link or number does not hold. */
  firstInvalidVersion?: number;
}

/** Recomputes the chain of one stream's events as stored (ciphertext included). */
export function verifyStream(events: StoredEvent[]): StreamVerification {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const { hash, ...metadata } = event.metadata;
    const expectedVersion = index + 1;
    const recomputed = hashEvent({
      eventId: event.eventId,
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata,
    });
    if (event.version !== expectedVersion || metadata.prevHash !== prevHash || recomputed !== hash) {
      return { valid: false, eventCount: events.length, headHash: lastHash(events), firstInvalidVersion: expectedVersion };
    }
    prevHash = hash;
  }
  return { valid: true, eventCount: events.length, headHash: prevHash };
}

function lastHash(events: StoredEvent[]): string {
  return events.length ? events[events.length - 1].metadata.hash : GENESIS_HASH;
}
