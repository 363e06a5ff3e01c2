import { EVENT_TYPES, isEventType, type DomainEvent, type EventType } from './domain-events';

/**
 * The current schema version of every event type. Stored events keep the version they were
 * written with; readers pass them through `upcast` to get today's shape. Changing an event's
 * shape means: bump its version here and add an upcaster from the previous version below.
 */
export const SCHEMA_VERSIONS: Readonly<Record<EventType, number>> = Object.freeze(
  Object.fromEntries(EVENT_TYPES.map((type) => [type, 1])) as Record<EventType, number>,
);

type Data = Record<string, unknown>;

/**
 * `UPCASTERS[type][n]` turns data of version n into version n + 1. None yet: every event is
 * at version 1. Example for a later change:
 *   RiskIdentified: { 1: (data) => ({ ...data, likelihood: 'unknown' }) }
 */
const UPCASTERS: Partial<Record<EventType, Record<number, (data: Data) => Data>>> = {};

export class UnknownSchemaVersionError extends Error {
  constructor(readonly type: string, readonly schemaVersion: number) {
    super(
      `Event ${type} has schema version ${schemaVersion}, which this code does not know ` +
        `(current: ${isEventType(type) ? SCHEMA_VERSIONS[type] : 'unknown type'}); deploy a newer version.`,
    );
    this.name = 'UnknownSchemaVersionError';
  }
}

/**
 * The data of a stored event in the current shape of its type. Throws for an unknown type or
 * a version this code cannot read (e.g. written by a newer deployment): reading such an event
 * as if it were current would silently misread it.
 */
export function upcast(type: string, schemaVersion: number, data: Data): Data {
  if (!isEventType(type)) throw new UnknownSchemaVersionError(type, schemaVersion);
  const current = SCHEMA_VERSIONS[type];
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
    throw new UnknownSchemaVersionError(type, schemaVersion);
  }
  let upcasted = data;
  for (let version = schemaVersion; version < current; version += 1) {
    const step = UPCASTERS[type]?.[version];
    if (!step) throw new UnknownSchemaVersionError(type, version);
    upcasted = step(upcasted);
  }
  return upcasted;
}

/** A stored event (type, schemaVersion, data) as a typed domain event in today's shape. */
export function toDomainEvent(stored: { type: string; schemaVersion: number; data: Data }): DomainEvent {
  return { type: stored.type, data: upcast(stored.type, stored.schemaVersion, stored.data) } as DomainEvent;
}
