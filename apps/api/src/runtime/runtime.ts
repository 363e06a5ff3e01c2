import { DEFAULT_RULES, type CaseRules } from '@app/case-domain';
import type { EncryptingEventStore, KeyStore } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { openDatabase } from '../database/data-source';
import { attachOrStartEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { ProjectionsService } from '../projections/projections.service';
import { allProjections } from '../projections/registry';
import { createEventStore, loadMasterKey } from './event-store.factory';
import { hkdfSync } from 'node:crypto';

/** Everything outside Nest that a process needs, opened in order and closed in reverse. */
export interface Runtime {
  config: AppConfig;
  dataSource: DataSource;
  /** The same pool TypeORM uses, for plain SQL. */
  pool: Pool;
  store: EncryptingEventStore;
  keys: KeyStore;
  projections: ProjectionsService;
  /** The configurable case rules (self-certified days, cost limit, time zone). */
  rules: CaseRules;
  /** Signs session cookies: SESSION_SECRET, or derived from the master key. */
  sessionSecret: string;
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
    const masterKey = loadMasterKey(config);
    const { store, keys } = await createEventStore(config, pool, masterKey);
    const projections = new ProjectionsService(dataSource, store, options.projections ?? allProjections(keys), config.PROJECTIONS === 'on');
    return {
      config,
      dataSource,
      pool,
      store,
      keys,
      projections,
      rules: {
        ...DEFAULT_RULES,
        selfCertifiedMaxDays: config.SELF_CERTIFIED_MAX_DAYS,
        expertSupportGrantCap: config.EXPERT_SUPPORT_GRANT_CAP,
        longAbsenceDays: config.LONG_ABSENCE_DAYS,
        recurringAbsenceSpells: config.RECURRING_ABSENCE_SPELLS,
        recurringAbsenceMonths: config.RECURRING_ABSENCE_MONTHS,
      },
      sessionSecret: config.SESSION_SECRET ?? Buffer.from(hkdfSync('sha256', masterKey, '', 'session-cookie', 32)).toString('base64'),
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
