import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app.factory';
import { ensureFirstAdmin } from './auth/first-admin';
import { openRuntime, type Runtime } from './runtime/runtime';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }
  const runtime: Runtime = await openRuntime(config);
  await ensureFirstAdmin(runtime, (line) => console.log(line));
  const app = await createApp(runtime);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  runtime.projections.start();
  console.log(`Listening on http://localhost:${config.PORT} (health: /api/health)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server, then the database`);
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
