import { GENESIS_HASH, hashEvent, verifyStream } from './hash-chain';
import { sealEvents } from './seal-events';
import type { StoredEvent } from './event-store.port';

const fixedNow = () => new Date('2026-01-05T08:00:00.000Z');

function stored(streamId: string, count: number): StoredEvent[] {
  const sealed = sealEvents(
    streamId,
    0,
    GENESIS_HASH,
    Array.from({ length: count }, (_, i) => ({
      eventId: `00000000-0000-4000-8000-00000000000${i}`,
      type: 'Step',
      data: { i, text: 'Øvrebø' },
      context: { actorId: 'u1', correlationId: 'c1' },
    })),
    fixedNow,
  );
  return sealed.map((e, i) => ({ ...e, position: i + 1, checkpoint: { major: 1n, minor: BigInt(i + 1) } }));
}

describe('hash chain', () => {
  it('links each event to the one before, starting from the genesis hash', () => {
    const events = stored('s-1', 3);
    expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
    expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
    expect(verifyStream(events)).toEqual({ valid: true, eventCount: 3, headHash: events[2].metadata.hash });
  });

  it('does not depend on key order (RFC 8785 canonical JSON)', () => {
    const [event] = stored('s-1', 1);
    const { hash, ...metadata } = event.metadata;
    const content = { eventId: event.eventId, streamId: 's-1', version: 1, type: 'Step', schemaVersion: 1, data: event.data, metadata };
    const reordered = { metadata, schemaVersion: 1, type: 'Step', version: 1, streamId: 's-1', data: { text: 'Øvrebø', i: 0 }, eventId: event.eventId };
    expect(hashEvent(reordered)).toBe(hash);
    expect(hashEvent(content)).toBe(hash);
  });

  it.each([
    ['data', (e: StoredEvent) => ({ ...e, data: { ...e.data, i: 42 } })],
    ['type', (e: StoredEvent) => ({ ...e, type: 'Other' })],
    ['actor', (e: StoredEvent) => ({ ...e, metadata: { ...e.metadata, actorId: 'intruder' } })],
    ['time', (e: StoredEvent) => ({ ...e, metadata: { ...e.metadata, occurredAt: '2020-01-01T00:00:00.000Z' } })],
  ])('names the first version whose %s was changed', (_, tamper) => {
    const events = stored('s-1', 4);
    events[2] = tamper(events[2]);
    expect(verifyStream(events)).toMatchObject({ valid: false, firstInvalidVersion: 3 });
  });

  it('detects a chain whose events were moved to another stream', () => {
    const events = stored('s-1', 2).map((e) => ({ ...e, streamId: 's-2' }));
    expect(verifyStream(events)).toMatchObject({ valid: false, firstInvalidVersion: 1 });
  });
});
