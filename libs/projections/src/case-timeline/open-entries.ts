import { decryptFields, type KeyStore, type PersonalData } from '@app/event-store';
import type { KeyObject } from 'node:crypto';
import { blankPaths } from '../sanitize';

/** A timeline entry as stored: its data, and the event's personal-data metadata. */
export interface StoredEntry {
  event_id: string;
  data: Record<string, unknown>;
  personal: PersonalData | null;
}

/**
 * Gives each entry its data as users read it, in place: fields still sealed (the event
 * store's ciphertext) are opened with the person's key, and an erased person's fields read
 * as null, opened or not, from the moment the key is gone. One key lookup per person.
 */
export async function openEntries(entries: StoredEntry[], keys: KeyStore): Promise<void> {
  const keyOf = new Map<string, KeyObject | null>();
  for (const entry of entries) {
    if (!entry.personal) continue;
    const { subjectId, fields } = entry.personal;
    if (!keyOf.has(subjectId)) keyOf.set(subjectId, (await keys.find(subjectId)) ?? null);
    const key = keyOf.get(subjectId) ?? null;
    entry.data = key ? decryptFields(entry.data, entry.personal, entry.event_id, key) : blankPaths(entry.data, fields);
  }
}
