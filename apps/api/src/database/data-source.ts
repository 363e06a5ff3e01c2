import { DataSource } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { MIGRATIONS } from './migrations';

const MIGRATION_LOCK = 424242;

/** The one PostgreSQL connection pool of a process: read models, checkpoints, event store. */
export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    entities: [UserEntity],
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'arbeidsmiljo-saker' },
  });
}

/** Connects and brings the schema up to date; concurrent starts wait on one another. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations();
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await lock.release();
  }
  return dataSource;
}
