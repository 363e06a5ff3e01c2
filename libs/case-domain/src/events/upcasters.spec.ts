import { EVENT_TYPES } from './domain-events';
import { SCHEMA_VERSIONS, toDomainEvent, UnknownSchemaVersionError, upcast } from './upcasters';

describe('upcast', () => {
  it('every event type is at schema version 1 today', () => {
    expect(Object.keys(SCHEMA_VERSIONS).sort()).toEqual([...EVENT_TYPES].sort());
    expect(new Set(Object.values(SCHEMA_VERSIONS))).toEqual(new Set([1]));
  });

  it('returns version-1 data unchanged', () => {
    const data = { noteId: 'n1', text: 'Notat' };
    expect(upcast('NoteAdded', 1, data)).toEqual(data);
  });

  it.each([2, 7])('refuses an unknown future version %p of a known type', (version) => {
    expect(() => upcast('NoteAdded', version, {})).toThrow(UnknownSchemaVersionError);
    expect(() => upcast('NoteAdded', version, {})).toThrow(/schema version/);
  });

  it.each([0, -1, 1.5])('refuses an impossible version %p', (version) => {
    expect(() => upcast('CaseOpened', version, {})).toThrow(UnknownSchemaVersionError);
  });

  it('refuses an unknown event type', () => {
    expect(() => upcast('CaseDeleted', 1, {})).toThrow(UnknownSchemaVersionError);
  });

  it('turns a stored event into a domain event', () => {
    expect(toDomainEvent({ type: 'CaseClosed', schemaVersion: 1, data: { reason: 'Ferdig' } })).toEqual({
      type: 'CaseClosed',
      data: { reason: 'Ferdig' },
    });
  });
});
