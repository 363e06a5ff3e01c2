import type { EncryptingEventStore, KeyStore } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { openDatabase } from '../database/data-source';
import { attachOrStartEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { ProjectionsService } from '../projections/projections.service';
import { allProjections } from '../projections/registry';
import { createEventStore } from './event-store.factory';

/** Everything outside Nest that a process needs, opened in order and closed in reverse. */
export interface Runtime {
  config: AppConfig;
  dataSource: DataSource;
  store: EncryptingEventStore;
  keys: KeyStore;
  projections: ProjectionsService;
  close(): Promise<void>;
}

export const RUNTIME = Symbol('RUNTIME');

export interface RuntimeOptions {
  /** Command-line tools share the PostgreSQL of a server already running on DATA_DIR. */
  attach?: boolean;
  log?: (line: string) => void;
  /** Replaces the registry's read models (tests). */
  projections?: Projection[];
}

export async function openRuntime(config: AppConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? ((line: string) => console.log(line));
  let embedded: EmbeddedDatabase | null = null;
  if (config.embedded) {
    embedded = await (options.attach ? attachOrStartEmbeddedPostgres : startEmbeddedPostgres)(config.DATA_DIR, log);
  }
  try {
    const dataSource = await openDatabase(config.DATABASE_URL ?? embedded!.url);
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const { store, keys } = await createEventStore(config, pool);
    const projections = new ProjectionsService(dataSource, store, options.projections ?? allProjections(), config.PROJECTIONS === 'on');
    return {
      config,
      dataSource,
      store,
      keys,
      projections,
      async close() {
        await projections.stop();
        await store.close();
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
