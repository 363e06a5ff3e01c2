import { randomUUID } from 'node:crypto';
import { personalDataOf, toDomainEvent, type DomainEvent, type EventMeta, type EventType, isEventType } from '@app/case-domain';
import type { EventStore, ExpectedVersion, AppendResult, NewEvent, StoredEvent } from '@app/event-store';

/** One event of a stream as the deciders' evolve functions take it. */
export interface Recorded<E> {
  event: E;
  meta: EventMeta;
  stored: StoredEvent;
}

/** Reads a stream and brings every event to its current shape (upcasting). */
export async function readDomainStream<E extends { type: string; data: unknown }>(store: EventStore, streamId: string): Promise<Recorded<E>[]> {
  return (await store.read(streamId)).map((stored) => toRecorded<E>(stored));
}

/** One stored (decrypted) event as the deciders take it, brought to today's shape. */
export function toRecorded<E extends { type: string; data: unknown }>(stored: StoredEvent): Recorded<E> {
  return {
    // Organisation events have no upcasters yet; domain events are brought to today's shape.
    event: (isEventType(stored.type)
      ? toDomainEvent({ type: stored.type, schemaVersion: stored.schemaVersion, data: stored.data })
      : { type: stored.type, data: stored.data }) as E,
    meta: { occurredAt: stored.metadata.occurredAt, actorId: stored.metadata.actorId },
    stored,
  };
}

export interface AppendContext {
  actorId: string;
  /** When it happened; the store's clock when absent. */
  occurredAt?: string;
  correlationId?: string;
  /** The person whose data key encrypts the events' personal fields (the case's employee). */
  subjectId?: string;
  /** Event ids for a keyed (idempotent) request; random otherwise. */
  eventId?: (index: number) => string | undefined;
}

/** Appends domain events, marking their personal fields for encryption under the subject's key. */
export function appendDomainEvents(
  store: EventStore,
  streamId: string,
  events: Array<{ type: string; data: object }>,
  expected: ExpectedVersion,
  context: AppendContext,
): Promise<AppendResult> {
  const correlationId = context.correlationId ?? randomUUID();
  const newEvents: NewEvent[] = events.map((event, index) => ({
    eventId: context.eventId?.(index) ?? randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    context: { actorId: context.actorId, correlationId, occurredAt: context.occurredAt },
    personal: context.subjectId && isEventType(event.type) ? personalDataOf(event.type as EventType, context.subjectId) : undefined,
  }));
  return store.append(streamId, newEvents, expected);
}

export type { DomainEvent };
