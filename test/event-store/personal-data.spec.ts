import { randomUUID } from 'node:crypto';
import { isErased, verifyStream, type EncryptingEventStore, type KeyStore } from '@app/event-store';
import type { DataSource } from 'typeorm';
import { createTestDatabase, encryptedStoreOn } from '../support/test-database';
import { newEvent, streamName } from './event-store.contract';

let dataSource: DataSource;
let keys: KeyStore;
let store: EncryptingEventStore;

beforeAll(async () => {
  ({ dataSource } = await createTestDatabase());
  ({ keys, store } = encryptedStoreOn(dataSource));
});

afterAll(async () => {
  await store.close();
  await dataSource.destroy();
});

function registered(subjectId: string) {
  return {
    ...newEvent('EmployeeRegistered', { name: 'Kari Nordmann', nationalId: '15076500565', unitId: 'u1', expert: { name: 'Ola Ekspert', hours: 3 } }),
    personal: { subjectId, fields: ['name', 'nationalId', 'expert.name'] },
  };
}

describe('personal data in events', () => {
  it('stores marked fields as ciphertext and reads them back decrypted', async () => {
    const stream = streamName('employee');
    const subject = randomUUID();
    await store.append(stream, [registered(subject)], 'no_stream');

    const [row] = await dataSource.query('SELECT data::text AS data FROM events WHERE stream_id = $1', [stream]);
    expect(row.data).not.toContain('Kari');
    expect(row.data).not.toContain('15076500565');
    expect(row.data).not.toContain('Ola Ekspert');
    expect(row.data).toContain('"unitId": "u1"');

    const [event] = await store.read(stream);
    expect(event.data).toEqual({ name: 'Kari Nordmann', nationalId: '15076500565', unitId: 'u1', expert: { name: 'Ola Ekspert', hours: 3 } });
    expect(event.metadata.personal).toEqual({ subjectId: subject, fields: ['name', 'nationalId', 'expert.name'] });
  });

  it('keeps the data keys wrapped by the master key, never in the clear', async () => {
    const subject = randomUUID();
    const key = (await keys.keyFor(subject))!.export();
    const [row] = await dataSource.query('SELECT wrapped_key FROM data_keys WHERE subject_id = $1', [subject]);
    expect(key).toHaveLength(32);
    expect(Buffer.compare(row.wrapped_key, key)).not.toBe(0);
    expect(row.wrapped_key.includes(key)).toBe(false);
  });

  it('reads erased fields as an explicit marker while the hash chain still verifies', async () => {
    const stream = streamName('employee');
    const subject = randomUUID();
    await store.append(stream, [registered(subject)], 'no_stream');
    await store.append(stream, [newEvent('EmployeeErased', { reason: 'request' })], 1);

    await keys.erase(subject);

    const events = await store.read(stream);
    expect(isErased(events[0].data.name)).toBe(true);
    expect(isErased(events[0].data.nationalId)).toBe(true);
    expect(isErased((events[0].data.expert as Record<string, unknown>).name)).toBe(true);
    expect(events[0].data.unitId).toBe('u1');
    expect(verifyStream(await store.readRaw(stream))).toMatchObject({ valid: true, eventCount: 2 });
    const { events: all } = await store.readAll({ major: -1n, minor: -1n }, 10_000);
    expect(isErased(all.find((e) => e.streamId === stream)!.data.name)).toBe(true);
  });

  it('decrypts in readAll only the event types a reader asks for; the others keep their ciphertext as stored', async () => {
    const subject = randomUUID();
    const stream = streamName('employee');
    await store.append(stream, [registered(subject), { ...newEvent('NoteAdded', { text: 'Kari er syk' }), personal: { subjectId: subject, fields: ['text'] } }], 'no_stream');
    const stored = await store.readRaw(stream);
    const [registeredEvent, note] = (await store.readAll({ major: -1n, minor: -1n }, 10_000, { decryptTypes: ['EmployeeRegistered'] })).events.filter(
      (e) => e.streamId === stream,
    );
    expect(registeredEvent.data.name).toBe('Kari Nordmann');
    expect(note.data).toEqual(stored[1].data);
    expect(JSON.stringify(note.data)).not.toContain('Kari');
    expect(note.data.text).toEqual({ $encrypted: expect.any(String) });
  });

  it('refuses new personal data for an erased subject and never makes it a new key', async () => {
    const subject = randomUUID();
    await store.append(streamName('employee'), [registered(subject)], 'no_stream');
    await keys.erase(subject);
    await expect(store.append(streamName('employee'), [registered(subject)], 'no_stream')).rejects.toThrow(/erased/);
    expect(await keys.keyFor(subject)).toBeNull();
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM data_keys WHERE subject_id = $1', [subject]);
    expect(count).toBe(0);
  });

  it('cannot be decrypted with another master key', async () => {
    const subject = randomUUID();
    const stream = streamName('employee');
    await store.append(stream, [registered(subject)], 'no_stream');
    const stranger = encryptedStoreOn(dataSource).store;
    await expect(stranger.read(stream)).rejects.toThrow();
  });
});
