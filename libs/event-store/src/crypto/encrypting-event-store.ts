import type { KeyObject } from 'node:crypto';
import type {
  AppendResult,
  EventStore,
  EventStoreHealth,
  ExpectedVersion,
  GlobalCheckpoint,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  StoredEvent,
} from '../event-store.port';
import { seal } from './aes-gcm';
import { decryptFields } from './decrypt-fields';
import type { KeyStore } from './key-store';
import { getPath, setPath } from './personal-data';

/**
 * Wraps any adapter: fields named in an event's `personal` are encrypted with the
 * subject's data key before the adapter hashes and stores them, and decrypted on read.
 * The hash chain therefore covers ciphertext, and erasing a key never breaks it.
 */
export class EncryptingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeyStore,
  ) {}

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return this.inner.append(streamId, await Promise.all(events.map((e) => this.encrypt(e))), expected);
  }

  async read(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.decryptAll(await this.inner.read(streamId, options));
  }

  /** The events exactly as stored, ciphertext and all: what the hash chain covers. */
  readRaw(streamId: string): Promise<StoredEvent[]> {
    return this.inner.read(streamId);
  }

  /**
   * Events read raw, as `read` would have given them: for a caller that needs both forms, or
   * that read them elsewhere (a rebuild from the events table). `decryptTypes` as in readAll.
   */
  decrypt(events: StoredEvent[], decryptTypes?: readonly string[]): Promise<StoredEvent[]> {
    const only = decryptTypes && new Set(decryptTypes);
    return this.decryptAll(events, only ? (e) => only.has(e.type) : undefined);
  }

  async readAll(after: GlobalCheckpoint, limit: number, options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const result = await this.inner.readAll(after, limit);
    return { ...result, events: await this.decrypt(result.events, options.decryptTypes) };
  }

  onAppended(listener: () => void): () => void {
    return this.inner.onAppended(listener);
  }

  checkpointOf(position: number): Promise<GlobalCheckpoint | null> {
    return this.inner.checkpointOf(position);
  }

  health(): Promise<EventStoreHealth> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async encrypt(event: NewEvent): Promise<NewEvent> {
    if (!event.personal) return event;
    const key = await this.keys.keyFor(event.personal.subjectId);
    if (!key) throw new Error(`Subject ${event.personal.subjectId} is erased: no personal data may be stored for it`);
    let data = event.data;
    for (const path of event.personal.fields) {
      const value = getPath(data, path);
      if (value === undefined || value === null) continue;
      const ciphertext = seal(key, Buffer.from(JSON.stringify(value), 'utf8'), `${event.eventId}:${path}`);
      data = setPath(data, path, { $encrypted: ciphertext.toString('base64') });
    }
    return { ...event, data };
  }

  private async decryptAll(events: StoredEvent[], wanted: (event: StoredEvent) => boolean = () => true): Promise<StoredEvent[]> {
    const keys = new Map<string, KeyObject | null>();
    const out: StoredEvent[] = [];
    for (const event of events) {
      const personal = event.metadata.personal;
      if (!personal || !wanted(event)) {
        out.push(event);
        continue;
      }
      if (!keys.has(personal.subjectId)) keys.set(personal.subjectId, (await this.keys.find(personal.subjectId)) ?? null);
      const data = decryptFields(event.data, personal, event.eventId, keys.get(personal.subjectId) ?? null);
      out.push({ ...event, data });
    }
    return out;
  }
}
