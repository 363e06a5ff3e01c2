import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from './event-store.port';
import { hashEvent, type HashedContent } from './hash-chain';

export interface SealedEvent extends Omit<HashedContent, 'metadata'> {
  metadata: EventMetadata;
}

/**
 * Numbers new events from the stream's head and chains their hashes: the form every
 * adapter writes. Shared so that both adapters produce byte-identical chains.
 */
export function sealEvents(
  streamId: string,
  headVersion: number,
  headHash: string,
  events: NewEvent[],
  now: () => Date = () => new Date(),
): SealedEvent[] {
  let prevHash = headHash;
  return events.map((event, index) => {
    const metadata: Omit<EventMetadata, 'hash'> = {
      actorId: event.context.actorId,
      correlationId: event.context.correlationId ?? randomUUID(),
      causationId: event.context.causationId ?? null,
      occurredAt: event.context.occurredAt ?? now().toISOString(),
      prevHash,
      ...(event.personal ? { personal: event.personal } : {}),
    };
    const content: HashedContent = {
      eventId: event.eventId,
      streamId,
      version: headVersion + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data,
      metadata,
    };
    const hash = hashEvent(content);
    prevHash = hash;
    return { ...content, metadata: { ...metadata, hash } };
  });
}
