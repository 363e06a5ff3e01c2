import { randomBytes } from 'node:crypto';
import type { Projection } from '@app/projections';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { openRuntime, type Runtime } from '../../apps/api/src/runtime/runtime';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  runtime: Runtime;
  close(): Promise<void>;
}

/** The real server (Fastify, runtime, projections) on a fresh database, driven by inject(). */
export async function startTestApp(env: Record<string, string> = {}, projections?: Projection[]): Promise<TestApp> {
  const { url, dataSource } = await createTestDatabase();
  await dataSource.destroy();
  const config = loadConfig({ DATABASE_URL: url, MASTER_KEY: randomBytes(32).toString('base64'), ...env });
  const runtime = await openRuntime(config, { projections, log: () => undefined });
  const app = await createApp(runtime);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  runtime.projections.start();
  return {
    app,
    runtime,
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}
