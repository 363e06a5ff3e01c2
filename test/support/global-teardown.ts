import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __embeddedDatabase?: { stop(): Promise<void> } }).__embeddedDatabase;
  if (!database) return;
  await database.stop();
  if (process.env.TEST_DATA_DIR) rmSync(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
