import { randomUUID } from 'node:crypto';
import {
  EventIdConflict,
  compareCheckpoints,
  START,
  WrongExpectedVersion,
  verifyStream,
  type EventStore,
  type GlobalCheckpoint,
  type NewEvent,
  type StoredEvent,
} from '@app/event-store';

/** What each adapter's test file provides to the shared contract. */
export interface ContractFixture {
  store(): EventStore;
  /**
   * Appends inside a transaction that stays open until `commit` is called, to prove that
   * readAll never skips an event that took its position first and committed last. Absent
   * for stores whose positions are assigned at commit (KurrentDB).
   */
  holdOpenAppend?(streamId: string, event: NewEvent): Promise<{ commit(): Promise<void> }>;
}

export function newEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}): NewEvent {
  return { eventId: randomUUID(), type, data: { ...data }, context: { actorId: 'user-1' } };
}

export function streamName(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

/** Reads the global order from `after` until nothing more comes. */
export async function readToEnd(store: EventStore, after: GlobalCheckpoint): Promise<{ events: StoredEvent[]; end: GlobalCheckpoint }> {
  const events: StoredEvent[] = [];
  let checkpoint = after;
  for (;;) {
    const batch = await store.readAll(checkpoint, 500);
    if (batch.events.length === 0) return { events, end: checkpoint };
    events.push(...batch.events);
    checkpoint = batch.next;
  }
}

export function describeEventStoreContract(adapter: string, fixture: ContractFixture): void {
  describe(`EventStore contract: ${adapter}`, () => {
    const store = () => fixture.store();

    it('appends events with versions from 1 and reads them back in order', async () => {
      const stream = streamName();
      const first = await store().append(stream, [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })], 'no_stream');
      const second = await store().append(stream, [newEvent('C', { n: 3 })], 2);
      expect(first.nextVersion).toBe(2);
      expect(second.nextVersion).toBe(3);
      expect(second.position).toBeGreaterThan(first.position);
      const events = await store().read(stream);
      expect(events.map((e) => [e.version, e.type, e.data.n])).toEqual([
        [1, 'A', 1],
        [2, 'B', 2],
        [3, 'C', 3],
      ]);
      expect(events[0].metadata).toMatchObject({ actorId: 'user-1', causationId: null });
      expect(events[0].metadata.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('reads only the first events of a stream when asked', async () => {
      const stream = streamName();
      await store().append(stream, [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream');
      expect((await store().read(stream, { maxCount: 1 })).map((e) => e.type)).toEqual(['A']);
      expect(await store().read(stream, { maxCount: 2 })).toHaveLength(2);
      // A cut-short read must not pass for the stream's head.
      expect((await store().append(stream, [newEvent('D')], 3)).nextVersion).toBe(4);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store().read(streamName())).toEqual([]);
    });

    it('refuses a wrong expected version with a typed error and writes nothing', async () => {
      const stream = streamName();
      await store().append(stream, [newEvent()], 'no_stream');
      await expect(store().append(stream, [newEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersion);
      const error = await store().append(stream, [newEvent()], 5).catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersion);
      expect(error).toMatchObject({ streamId: stream, expected: 5, actual: 1 });
      expect(await store().read(stream)).toHaveLength(1);
    });

    it('lets exactly one of many concurrent writers with the same expected version win, whole', async () => {
      const stream = streamName();
      await store().append(stream, [newEvent()], 'no_stream');
      const writers = Array.from({ length: 20 }, (_, writer) =>
        store()
          .append(stream, [newEvent('Pair', { writer }), newEvent('Pair', { writer })], 1)
          .then(() => 'won' as const)
          .catch((error) => {
            if (error instanceof WrongExpectedVersion) return 'lost' as const;
            throw error;
          }),
      );
      const outcomes = await Promise.all(writers);
      expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'lost')).toHaveLength(19);
      const events = await store().read(stream);
      expect(events).toHaveLength(3);
      expect(events[1].data.writer).toBe(events[2].data.writer);
      expect(verifyStream(events).valid).toBe(true);
    });

    it("serialises concurrent 'any' writers into one unbroken chain", async () => {
      const stream = streamName();
      await Promise.all(Array.from({ length: 20 }, (_, n) => store().append(stream, [newEvent('Any', { n })], 'any')));
      const events = await store().read(stream);
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(events.map((e) => e.data.n)).size).toBe(20);
      expect(verifyStream(events)).toMatchObject({ valid: true, eventCount: 20 });
    });

    it('treats a repeated eventId as a no-op that reports the original position', async () => {
      const stream = streamName();
      const events = [newEvent('A'), newEvent('B')];
      const first = await store().append(stream, events, 'no_stream');
      const again = await store().append(stream, events, 'no_stream');
      const anyAgain = await store().append(stream, events, 'any');
      expect(again).toEqual({ nextVersion: 2, position: first.position, duplicate: true });
      expect(anyAgain).toEqual(again);
      expect(await store().read(stream)).toHaveLength(2);
    });

    it('writes several events atomically: all or none', async () => {
      const taken = newEvent('Taken');
      await store().append(streamName(), [taken], 'no_stream');
      const stream = streamName();
      const attempt = store().append(stream, [newEvent('One'), newEvent('Two'), taken], 'no_stream');
      await expect(attempt).rejects.toBeInstanceOf(EventIdConflict);
      expect(await store().read(stream)).toEqual([]);
    });

    it('keeps per-stream order and the global order of appends', async () => {
      const { end } = await readToEnd(store(), START);
      const a = streamName('a');
      const b = streamName('b');
      const written: string[] = [];
      for (let i = 0; i < 6; i++) {
        const stream = i % 2 ? b : a;
        const event = newEvent('Step', { i });
        written.push(event.eventId);
        await store().append(stream, [event], 'any');
      }
      const { events } = await readToEnd(store(), end);
      const ours = events.filter((e) => e.streamId === a || e.streamId === b);
      expect(ours.map((e) => e.eventId)).toEqual(written);
      expect(ours.filter((e) => e.streamId === a).map((e) => e.version)).toEqual([1, 2, 3]);
      const positions = ours.map((e) => e.position);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    });

    it('reads the global order in pages without gaps or repeats', async () => {
      const { end } = await readToEnd(store(), START);
      const stream = streamName();
      await store().append(stream, Array.from({ length: 25 }, (_, n) => newEvent('Paged', { n })), 'no_stream');
      const seen: StoredEvent[] = [];
      let checkpoint = end;
      for (;;) {
        const page = await store().readAll(checkpoint, 7);
        if (!page.events.length) break;
        seen.push(...page.events.filter((e) => e.streamId === stream));
        checkpoint = page.next;
      }
      expect(seen.map((e) => e.data.n)).toEqual(Array.from({ length: 25 }, (_, n) => n));
    });

    it('chains hashes per stream over canonical JSON', async () => {
      const stream = streamName();
      await store().append(stream, [newEvent('A', { b: 1, a: [1, 2] })], 'no_stream');
      await store().append(stream, [newEvent('B', { text: 'æøå' })], 1);
      const events = await store().read(stream);
      expect(events[0].metadata.prevHash).toBe('0'.repeat(64));
      expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
      expect(verifyStream(events)).toEqual({ valid: true, eventCount: 2, headHash: events[1].metadata.hash });
    });

    it('wakes subscribers when events are appended', async () => {
      let woken = 0;
      const unsubscribe = store().onAppended(() => woken++);
      try {
        await store().append(streamName(), [newEvent()], 'any');
        const deadline = Date.now() + 5000;
        while (woken === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(woken).toBeGreaterThan(0);
      } finally {
        unsubscribe();
      }
    });

    it("answers an append with its last event's global position", async () => {
      const stream = streamName();
      const { position } = await store().append(stream, [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream');
      const events = await store().read(stream);
      expect(events[2].position).toBe(position);
      expect(events[0].position).toBeLessThanOrEqual(events[1].position);
      expect(events[1].position).toBeLessThanOrEqual(position);
    });

    it('finds the checkpoint of an appended position', async () => {
      const { position } = await store().append(streamName(), [newEvent()], 'any');
      const { events } = await readToEnd(store(), START);
      const event = events.find((e) => e.position === position)!;
      const checkpoint = await store().checkpointOf(position);
      expect(checkpoint).not.toBeNull();
      expect(compareCheckpoints(checkpoint!, event.checkpoint)).toBeLessThanOrEqual(0);
    });

    const holdOpen = fixture.holdOpenAppend?.bind(fixture);
    (holdOpen ? it : it.skip)('never skips an event that took its position first and committed last', async () => {
      const { end } = await readToEnd(store(), START);
      const early = newEvent('Early');
      const late = newEvent('Late');
      const pending = await holdOpen!(streamName('early'), early);
      const committedFirst = await store().append(streamName('late'), [late], 'no_stream');
      const slow = await store().checkpointOf(committedFirst.position);
      expect(slow).not.toBeNull();
      const before = await readToEnd(store(), end);
      await pending.commit();
      const after = await readToEnd(store(), before.end);
      const seen = [...before.events, ...after.events].map((e) => e.eventId);
      expect(seen.filter((id) => id === early.eventId)).toHaveLength(1);
      expect(seen.filter((id) => id === late.eventId)).toHaveLength(1);
      // The early event has the lower position but committed last.
      const all = [...before.events, ...after.events];
      const earlyStored = all.find((e) => e.eventId === early.eventId)!;
      expect(earlyStored.position).toBeLessThan(committedFirst.position);
    });
  });
}
