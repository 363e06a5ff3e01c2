import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { caseWorld, type CaseWorld } from '../../support/case-factory';
import { startTestApp, type TestApp } from '../../support/test-app';
import { TEST_PASSWORD, type TestUser } from '../../support/users';
import { chromiumPath, launchChromium, PROJECT_ROOT, requireBuiltConsole } from './chromium';

export const SCREENSHOTS = join(PROJECT_ROOT, 'test-output/screenshots');

/** What a page did that a user would not see but a test must: uncaught errors, CSP blocks. */
export interface PageDiagnostics {
  pageErrors: string[];
  cspViolations: string[];
  consoleErrors: string[];
  /** The console's own files that failed to load (e.g. dist/console rebuilt during the run). */
  assetFailures: string[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  diagnostics: PageDiagnostics;
  /** Opens another tab in the same signed-in context. */
  newPage(): Promise<Page>;
}

export interface BrowserWorld {
  baseUrl: string;
  app: TestApp;
  world: CaseWorld;
  browser: Browser;
  /** A fresh browser context (own cookies), signed in as `user` through the API when given. */
  session(user?: TestUser): Promise<Session>;
  /** Closes everything, then fails if any session's pages reported problems (expectCleanPages). */
  close(): Promise<void>;
}

/**
 * The real server (Fastify, Nest, projections, the built console from dist/console) on a
 * fresh database, listening on a free port, an organisation with a user of every role made
 * through the real API, and Debian's Chromium. Fails, never skips, without Chromium or
 * without a built console.
 */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  chromiumPath();
  requireBuiltConsole();
  const app = await startTestApp();
  const contexts: BrowserContext[] = [];
  const sessions: Session[] = [];
  let browser: Browser | undefined;
  try {
    await app.app.listen(0, '127.0.0.1');
    const { port } = app.app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const world = await caseWorld(app);
    browser = await launchChromium();
    const b = browser;
    return {
      baseUrl,
      app,
      world,
      browser: b,
      async session(user?: TestUser): Promise<Session> {
        const context = await b.newContext({ baseURL: baseUrl, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
        contexts.push(context);
        // A page that works answers within a few seconds here; fail fast and say what was awaited.
        context.setDefaultTimeout(10_000);
        const diagnostics: PageDiagnostics = { pageErrors: [], cspViolations: [], consoleErrors: [], assetFailures: [] };
        const watch = (page: Page) => {
          page.on('pageerror', (error) => diagnostics.pageErrors.push(`${page.url()}: ${error.message}`));
          page.on('response', (response) => {
            const path = new URL(response.url()).pathname;
            const own = response.url().startsWith(baseUrl) && (path.startsWith('/assets/') || response.request().resourceType() === 'document');
            if (own && response.status() >= 400) diagnostics.assetFailures.push(`${path}: ${response.status()}`);
          });
          page.on('console', (message) => {
            if (message.type() !== 'error') return;
            const text = message.text();
            if (/Content[- ]Security[- ]Policy/i.test(text)) diagnostics.cspViolations.push(`${page.url()}: ${text}`);
            else diagnostics.consoleErrors.push(`${page.url()}: ${text}`);
          });
        };
        context.on('page', watch);
        if (user) await signInThroughApi(context, user);
        const page = await context.newPage();
        const session = { context, page, diagnostics, newPage: () => context.newPage() };
        sessions.push(session);
        return session;
      },
      async close() {
        for (const context of contexts) await context.close().catch(() => undefined);
        await b.close().catch(() => undefined);
        await app.close();
        for (const session of sessions) expectCleanPages(session.diagnostics);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await app.close();
    throw error;
  }
}

/** Sets the session cookie in the context, as a sign-in would, without the login page. */
export async function signInThroughApi(context: BrowserContext, user: TestUser): Promise<void> {
  const answer = await context.request.post('/api/auth/login', { data: { email: user.email, password: TEST_PASSWORD } });
  if (answer.status() !== 200) throw new Error(`sign-in as ${user.email}: ${answer.status()} ${await answer.text()}`);
}

/** Signs in on the login page as a user would (the page must be showing it). */
export async function signInThroughUi(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel('E-post').fill(user.email);
  await page.getByLabel('Passord').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** Fails the test on an uncaught error in the page or anything the CSP blocked. */
export function expectCleanPages(diagnostics: PageDiagnostics): void {
  const problems = [
    ...diagnostics.pageErrors.map((e) => `uncaught error: ${e}`),
    ...diagnostics.cspViolations.map((e) => `blocked by the CSP: ${e}`),
    ...diagnostics.assetFailures.map((e) => `console file failed to load (was dist/console rebuilt while the tests ran?): ${e}`),
  ];
  if (problems.length) throw new Error(`The pages reported problems:\n${problems.join('\n')}`);
}

/** A full-page screenshot as test output: test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** YYYY-MM-DD of today plus `days` in Europe/Oslo, the way the console shows and sends dates. */
export function osloDate(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The focus ring a keyboard user sees: a computed outline or box-shadow on the focused
 * element, or on a close ancestor that draws it (Designsystemet rings a checkbox or radio on
 * its .ds-field through :has(input:focus-visible)).
 */
export async function focusIndicator(page: Page): Promise<{ element: string; outline: string; boxShadow: string; visible: boolean; drawnBy: string }> {
  // Evaluated in the page as a string: this program has no DOM types.
  return page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { element: 'body', outline: 'none', boxShadow: 'none', visible: false, drawnBy: '' };
    const ring = (el) => {
      const style = getComputedStyle(el);
      const hasOutline = style.outlineStyle !== 'none' && (parseFloat(style.outlineWidth) || 0) > 0;
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return { outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor, boxShadow: style.boxShadow, visible: hasOutline || hasShadow };
    };
    const own = ring(element);
    let drawnBy = own.visible ? 'itself' : '';
    if (!own.visible && (element.type === 'checkbox' || element.type === 'radio')) {
      let parent = element.parentElement;
      for (let depth = 0; parent && depth < 3 && !drawnBy; depth++, parent = parent.parentElement) {
        if (ring(parent).visible) drawnBy = parent.tagName.toLowerCase() + '.' + [...parent.classList].join('.');
      }
    }
    const name = (element.getAttribute('aria-label') || element.textContent || (element.labels && element.labels[0] && element.labels[0].textContent) || element.getAttribute('name') || '').trim().slice(0, 40);
    return {
      element: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "' + name + '"',
      outline: own.outline,
      boxShadow: own.boxShadow,
      visible: Boolean(drawnBy),
      drawnBy,
    };
  })()`);
}
