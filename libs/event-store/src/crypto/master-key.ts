import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_FILE = 'master.key';

/** Decodes a base64 MASTER_KEY; null when it is not exactly 32 bytes. */
export function decodeMasterKey(base64: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64.trim())) return null;
  const key = Buffer.from(base64.trim(), 'base64');
  return key.length === 32 ? key : null;
}

/**
 * The master key kept in DATA_DIR for the embedded default: read when present, otherwise
 * generated and written readable by the owner only.
 */
export function loadOrCreateMasterKeyFile(dataDir: string): Buffer {
  const path = join(dataDir, MASTER_KEY_FILE);
  if (existsSync(path)) {
    const key = decodeMasterKey(readFileSync(path, 'utf8'));
    if (!key) throw new Error(`${path} does not hold a base64 key of 32 bytes`);
    return key;
  }
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}
