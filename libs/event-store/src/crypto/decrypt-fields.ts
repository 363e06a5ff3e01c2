import type { KeyObject } from 'node:crypto';
import type { PersonalData } from '../event-store.port';
import { open } from './aes-gcm';
import { ERASED, getPath, isEncrypted, setPath } from './personal-data';

/**
 * An event's data with its encrypted personal fields opened with the subject's key, or
 * marked erased when the key is gone (null). Shared by the encrypting store and by read
 * models that keep the ciphertext and decrypt when they are read.
 */
export function decryptFields(
  data: Record<string, unknown>,
  personal: PersonalData,
  eventId: string,
  key: KeyObject | null,
): Record<string, unknown> {
  let result = data;
  for (const path of personal.fields) {
    const value = getPath(result, path);
    if (!isEncrypted(value)) continue;
    const plain = key ? JSON.parse(open(key, Buffer.from(value.$encrypted, 'base64'), `${eventId}:${path}`).toString('utf8')) : ERASED;
    result = setPath(result, path, plain);
  }
  return result;
}
