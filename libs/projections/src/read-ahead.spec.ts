import { START, type EventStore, type GlobalCheckpoint, type ReadAllResult, type StoredEvent } from '@app/event-store';
import { ReadAheadStore } from './read-ahead';

function event(position: number): StoredEvent {
  return {
    eventId: `e${position}`,
    streamId: 's-1',
    version: position,
    position,
    checkpoint: { major: 1n, minor: BigInt(position) },
    type: 'Step',
    schemaVersion: 1,
    data: {},
    metadata: { actorId: 'a', correlationId: 'c', causationId: null, occurredAt: '2026-01-01T00:00:00.000Z', prevHash: '', hash: '' },
  };
}

/** A store of `count` events that records each readAll it serves. */
function fakeStore(count: number) {
  const calls: Array<{ after: bigint; limit: number }> = [];
  const store = {
    async readAll(after: GlobalCheckpoint, limit: number): Promise<ReadAllResult> {
      calls.push({ after: after.minor, limit });
      const from = after.major < 0n ? 1 : Number(after.minor) + 1;
      const events = Array.from({ length: Math.max(0, Math.min(limit, count - from + 1)) }, (_, i) => event(from + i));
      return { events, next: events.length ? events[events.length - 1].checkpoint : after };
    },
  } as unknown as EventStore;
  return { store, calls };
}

describe('ReadAheadStore', () => {
  it('fetches the next page while the caller works on this one, and serves it from there', async () => {
    const { store, calls } = fakeStore(5);
    const reader = new ReadAheadStore(store);
    const first = await reader.readAll(START, 2);
    expect(first.events.map((e) => e.position)).toEqual([1, 2]);
    expect(calls).toEqual([{ after: -1n, limit: 2 }, { after: 2n, limit: 2 }]);
    const second = await reader.readAll(first.next, 2);
    expect(second.events.map((e) => e.position)).toEqual([3, 4]);
    expect(calls).toHaveLength(3); // the page was not read twice; the one after it is on its way
    const third = await reader.readAll(second.next, 2);
    const end = await reader.readAll(third.next, 2);
    expect(third.events.map((e) => e.position)).toEqual([5]);
    expect(end.events).toEqual([]);
    await reader.settle();
    expect(calls).toHaveLength(4); // nothing is read ahead of an empty page
  });

  it('reads afresh when asked from elsewhere (another worker moved the checkpoint) or for another size', async () => {
    const { store, calls } = fakeStore(10);
    const reader = new ReadAheadStore(store);
    await reader.readAll(START, 2);
    const elsewhere = await reader.readAll({ major: 1n, minor: 6n }, 2);
    expect(elsewhere.events.map((e) => e.position)).toEqual([7, 8]);
    const resized = await reader.readAll(elsewhere.next, 3);
    expect(resized.events.map((e) => e.position)).toEqual([9, 10]);
    expect(calls.map((c) => [c.after, c.limit])).toEqual([[-1n, 2], [2n, 2], [6n, 2], [8n, 2], [8n, 3], [10n, 3]]);
    await reader.settle();
  });

  it('reports a failed read-ahead to the caller that asks for that page, and to no one else', async () => {
    let reads = 0;
    const store = {
      async readAll(after: GlobalCheckpoint): Promise<ReadAllResult> {
        if (++reads === 2) throw new Error('connection lost');
        return { events: [event(Number(after.minor) + 2)], next: { major: 1n, minor: after.minor + 2n } };
      },
    } as unknown as EventStore;
    const reader = new ReadAheadStore(store);
    const first = await reader.readAll(START, 1);
    await expect(reader.readAll(first.next, 1)).rejects.toThrow('connection lost');
    await expect(reader.readAll(first.next, 1)).resolves.toMatchObject({ events: [expect.anything()] });
    await reader.settle();
  });
});
