import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const PROJECT_ROOT = join(__dirname, '../../..');
export const CONSOLE_INDEX = join(PROJECT_ROOT, 'dist/console/index.html');

/** Debian's Chromium flags that work headless in a container without a GPU or a sandbox. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. There is no
 * fallback and no skip: `npm test` runs the browser suites against a real Chromium, so a
 * machine without one fails with the way to get it.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}${env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}. The browser tests need a real Chromium: ` +
        'run `apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

/** The browser suites test the built console the server serves; fail plainly if it is missing. */
export function requireBuiltConsole(): void {
  if (!existsSync(CONSOLE_INDEX)) {
    throw new Error(`${CONSOLE_INDEX} is missing: run \`npm run build\` (it builds the console into dist/console) before the browser tests.`);
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
