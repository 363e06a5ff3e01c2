import { jsonEvent, type EventData, type Position, type RecordedEvent } from '@kurrent/kurrentdb-client';
import type { EventMetadata, StoredEvent } from '../event-store.port';
import type { SealedEvent } from '../seal-events';

/** Our metadata as written: the port's metadata plus schemaVersion (KurrentDB has no column for it). */
type WrittenMetadata = EventMetadata & { schemaVersion?: number };

/** Old servers answer stream reads with no position, or u64::MAX in its place. */
const NO_POSITION = 1n << 63n;

export function toEventData(event: SealedEvent): EventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  });
}

export function hasPosition(position: Position | undefined): position is Position {
  return position !== undefined && position.commit >= 0n && position.commit < NO_POSITION;
}

/** Events of KurrentDB itself (stats, projections, links, stream metadata), never ours. */
export function isSystemEvent(event: RecordedEvent): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toStoredEvent(event: RecordedEvent): StoredEvent {
  if (!hasPosition(event.position)) {
    throw new Error(`KurrentDB returned event ${event.id} without a log position (server older than 22.6?)`);
  }
  const { schemaVersion, ...metadata } = (event.metadata ?? {}) as unknown as WrittenMetadata;
  return {
    eventId: event.id,
    streamId: event.streamId,
    version: Number(event.revision) + 1,
    position: Number(event.position.commit),
    checkpoint: { major: event.position.commit, minor: event.position.prepare },
    type: event.type,
    schemaVersion: schemaVersion ?? 1,
    data: event.data as Record<string, unknown>,
    metadata,
  };
}
