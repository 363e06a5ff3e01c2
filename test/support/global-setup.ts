import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL when given (an external
 * server), otherwise the embedded one in a temporary DATA_DIR. Each test file then makes
 * its own database in it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KURRENTDB_URL) {
    // Said plainly in every run: no KurrentDB server can run on these machines.
    process.stderr.write(
      '\nKurrentDB contract suite SKIPPED: KURRENTDB_URL is not set. Start a KurrentDB server ' +
        '(docs/docker-compose.md) and set KURRENTDB_URL=kurrentdb://localhost:2113?tls=false to run it.\n',
    );
  }
  if (process.env.TEST_DATABASE_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'cases-test-'));
  chmodSync(dataDir, 0o755); // the postgres user must reach its cluster below it
  const database = await startEmbeddedPostgres(dataDir, () => undefined);
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as { __embeddedDatabase?: typeof database }).__embeddedDatabase = database;
}
