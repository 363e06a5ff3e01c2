import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError, loadConfig } from './config/app-config';
import { rebuildCommand, statusCommand } from './cli/projections.commands';
import { seedDemo } from './cli/seed-demo';
import { verifyCommand } from './cli/verify.command';
import { openRuntime, type Runtime } from './runtime/runtime';

/** `npm run cli -- <command>`: maintenance commands on the configured database. */
async function withRuntime(work: (runtime: Runtime) => Promise<number>): Promise<void> {
  let config;
  try {
    config = loadConfig({ ...process.env, PROJECTIONS: 'off' });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }
  const runtime = await openRuntime(config, { attach: true, log: (line) => console.error(line) });
  let code = 1;
  try {
    code = await work(runtime);
  } finally {
    await runtime.close();
  }
  process.exit(code);
}

const program = new Command('cli').description('Maintenance commands for the case management server');
const projections = program.command('projections').description('Read models built from the event store');
projections
  .command('rebuild [name]')
  .description('Empty a read model (all when no name is given) and replay every event into it')
  .action((name?: string) => withRuntime((runtime) => rebuildCommand(runtime, name)));
projections
  .command('status')
  .description('Where each projection stands, its lag and any failure')
  .action(() => withRuntime((runtime) => statusCommand(runtime)));

program
  .command('seed-demo')
  .description('Create a demo organisation with users of every role and cases at different stages')
  .action(() => withRuntime((runtime) => seedDemo(runtime)));

program
  .command('verify <caseId> [exportFile]')
  .description("Recompute a case's hash chain from the store; given an export.json, check every exported event against the store")
  .action((caseId: string, exportFile?: string) => withRuntime((runtime) => verifyCommand(runtime, caseId, exportFile)));

program.parseAsync().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
