import {
  EncryptingEventStore,
  KeyStore,
  PostgresEventStore,
  decodeMasterKey,
  loadOrCreateMasterKeyFile,
  type EventStore,
} from '@app/event-store';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/app-config';

/** The configured adapter, wrapped so that personal fields are encrypted at rest. */
export async function createEventStore(
  config: AppConfig,
  pool: Pool,
  masterKey: Buffer,
): Promise<{ store: EncryptingEventStore; keys: KeyStore }> {
  const keys = new KeyStore(pool, masterKey);
  let inner: EventStore;
  if (config.EVENT_STORE === 'kurrentdb') {
    // Loaded only when chosen: the gRPC client costs ~0.2 s at every start and CLI command.
    const { KurrentDbEventStore } = await import('@app/event-store/kurrentdb/kurrentdb-event-store.js');
    inner = KurrentDbEventStore.fromConnectionString(config.KURRENTDB_URL!);
  } else {
    const postgres = new PostgresEventStore(pool);
    await postgres.start();
    inner = postgres;
  }
  return { store: new EncryptingEventStore(inner, keys), keys };
}

export function loadMasterKey(config: AppConfig): Buffer {
  if (config.MASTER_KEY) return decodeMasterKey(config.MASTER_KEY)!;
  return loadOrCreateMasterKeyFile(config.DATA_DIR);
}
