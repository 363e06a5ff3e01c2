import { personalDataOf, RISK_FACTORS, type EventType } from '@app/case-domain';
import { EncryptingEventStore, GENESIS_HASH, KeyStore, PostgresEventStore, sealEvents, type NewEvent, type SealedEvent } from '@app/event-store';
import { rebuildProjection, tidyFully } from '@app/projections';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pool } from 'pg';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { UsersRepository } from '../apps/api/src/auth/users.repository';
import { allProjections } from '../apps/api/src/projections/registry';
import { insertBatch } from './support/bulk-load';
import { percentiles } from './support/stats';

export const FIRST_PAGE_TARGET_MS = 1_000;
export const INITIAL_JS_TARGET_BYTES = 300 * 1024;
const MAIN = join(__dirname, '../apps/api/src/main.js');
const CONSOLE_DIR = join(__dirname, '../console');
const UNITS = 20;
const CASES_PER_EMPLOYEE = 4;
const BATCH = 10_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Latency {
  p50: number;
  p99: number;
}

export interface ConsoleResults {
  cases: number;
  events: number;
  seedSeconds: number;
  rebuildSeconds: number;
  loads: number;
  rowsOnFirstPage: number;
  /** Navigation start to the first page of rows in the DOM: fresh context each time (no cache). */
  cold: Latency;
  /** The same, navigating again in one tab (immutable assets from the HTTP cache). */
  warm: Latency;
  /** Where the time of a cold load goes (p50, ms after navigation start). */
  coldBreakdown: { domContentLoaded: number; casesRequestStart: number; casesResponseEnd: number };
  /** GET /api/cases (the console's first-page request) from Node over HTTP. */
  apiFirstPage: Latency;
  /** A blank static HTML page from a Node http server: navigation start to DOMContentLoaded. */
  blankPage: Latency;
  initialJs: { files: string[]; bytes: number; gzipBytes: number };
  css: { files: string[]; bytes: number; gzipBytes: number };
  casesRequestUrl: string | null;
}

/**
 * The web console's budget (issue 6): /saker as HR over 20,000 cases, in Debian's Chromium.
 * Cases are sealed and inserted straight into the event store (hash chains and personal-data
 * encryption as the API writes them), the read models rebuilt, then the built server runs as
 * its own process (`npm start`'s entry point) and serves the built console. Baselines in the
 * same run: the same first page as raw HTTP from Node, and a blank static page in Chromium.
 */
export async function consoleSuite(dataSource: DataSource, pool: Pool, url: string, cases: number, loads: number, log: (line: string) => void): Promise<ConsoleResults> {
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) throw new Error(`${CONSOLE_DIR}/index.html is missing: run \`npm run build\` first`);
  const masterKey = randomBytes(32);
  const keys = new KeyStore(pool, masterKey);
  const store = new EncryptingEventStore(new PostgresEventStore(pool), keys);
  const password = randomBytes(12).toString('base64url');
  const users = new UsersRepository(dataSource);
  const hr = await users.create({ email: 'hr@bench.local', name: 'Hanne HR', role: 'hr', password });
  const leaders = await Promise.all(Array.from({ length: 10 }, (_, i) => users.create({ email: `leder${i}@bench.local`, name: `Leder ${i}`, role: 'leader', password })));

  log(`console: sealing ${cases.toLocaleString('en-US')} cases`);
  const seedStarted = performance.now();
  const events = await seedCases(pool, store, cases, leaders.map((l) => l.id));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const rebuildStarted = performance.now();
  for (const projection of allProjections(keys)) {
    log(`console: rebuilding ${projection.name}`);
    await rebuildProjection(dataSource, store, projection);
    await tidyFully(dataSource, projection); // as the server would, caught up
  }
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
  await pool.query('VACUUM ANALYZE');

  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startApi(url, port, masterKey, log);
  const blank = await startBlankServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const base = `http://127.0.0.1:${port}`;
    const signedIn = await browser.newContext({ baseURL: base });
    const login = await signedIn.request.post('/api/auth/login', { data: { email: hr.email, password } });
    if (login.status() !== 200) throw new Error(`sign-in: ${login.status()} ${await login.text()}`);
    const storageState = await signedIn.storageState();
    const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    await signedIn.close();

    log(`console: ${loads} cold loads of /saker`);
    const cold: Sample[] = [];
    for (let i = 0; i < loads + 2; i++) {
      const context = await browser.newContext({ baseURL: base, storageState });
      await context.addInitScript({ content: OBSERVE_ROWS });
      const sample = await loadList(context);
      await context.close();
      if (i >= 2) cold.push(sample); // two warm-ups: the server's first requests, Chromium's first process
    }
    log(`console: ${loads} warm loads of /saker`);
    const warmContext = await browser.newContext({ baseURL: base, storageState });
    await warmContext.addInitScript({ content: OBSERVE_ROWS });
    const warm: Sample[] = [];
    for (let i = 0; i < loads + 2; i++) {
      const sample = await loadList(warmContext);
      if (i >= 2) warm.push(sample);
    }
    await warmContext.close();

    const casesRequestUrl = cold[0].casesUrl;
    log(`console: baseline ${casesRequestUrl ?? '/api/cases'} from Node, blank page in Chromium`);
    const apiPath = casesRequestUrl ? new URL(casesRequestUrl).pathname + new URL(casesRequestUrl).search : '/api/cases?limit=25';
    const apiSamples: number[] = [];
    for (let i = 0; i < loads * 5 + 10; i++) {
      const started = performance.now();
      const response = await fetch(base + apiPath, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${apiPath}: ${response.status}`);
      if (i >= 10) apiSamples.push(performance.now() - started);
    }
    const blankSamples: number[] = [];
    for (let i = 0; i < loads + 2; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(blank.address() as AddressInfo).port}/`, { waitUntil: 'domcontentloaded' });
      const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation' as never)[0] as unknown as { domContentLoadedEventEnd: number }).domContentLoadedEventEnd);
      await context.close();
      if (i >= 2) blankSamples.push(dcl);
    }

    const p50 = (values: number[]) => percentiles(values).p50;
    return {
      cases,
      events,
      seedSeconds,
      rebuildSeconds,
      loads,
      rowsOnFirstPage: cold[0].rows,
      cold: percentiles(cold.map((s) => s.rowsVisible)),
      warm: percentiles(warm.map((s) => s.rowsVisible)),
      coldBreakdown: {
        domContentLoaded: p50(cold.map((s) => s.domContentLoaded)),
        casesRequestStart: p50(cold.map((s) => s.casesRequestStart)),
        casesResponseEnd: p50(cold.map((s) => s.casesResponseEnd)),
      },
      apiFirstPage: percentiles(apiSamples),
      blankPage: percentiles(blankSamples),
      initialJs: initialAssets('js'),
      css: initialAssets('css'),
      casesRequestUrl,
    };
  } finally {
    await browser.close();
    blank.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

interface Sample {
  rowsVisible: number;
  rows: number;
  domContentLoaded: number;
  casesRequestStart: number;
  casesResponseEnd: number;
  casesUrl: string | null;
}

/**
 * Marks, in the page, the moment the case table first has rows (a MutationObserver installed
 * before any page script; performance.now() counts from navigation start).
 */
const OBSERVE_ROWS = `(() => {
  const rows = () => document.querySelectorAll('table tbody tr').length;
  const check = () => {
    if (window.__rowsVisible === undefined && rows() > 0) {
      window.__rowsVisible = performance.now();
      window.__rows = rows();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/** One load of /saker in `context` (which has OBSERVE_ROWS as an init script). */
async function loadList(context: BrowserContext): Promise<Sample> {
  const page = await context.newPage();
  await page.goto('/saker', { waitUntil: 'commit' });
  await page.waitForFunction(() => (globalThis as unknown as { __rowsVisible?: number }).__rowsVisible !== undefined, undefined, { timeout: 30_000 });
  await page.waitForLoadState('load');
  const sample = await page.evaluate(() => {
    // Runs in the page (no DOM types in this program: the shapes are spelled out).
    const w = globalThis as unknown as { __rowsVisible: number; __rows: number };
    const navigation = performance.getEntriesByType('navigation' as never)[0] as unknown as { domContentLoadedEventEnd: number };
    const resources = performance.getEntriesByType('resource' as never) as unknown as Array<{ name: string; requestStart: number; responseEnd: number }>;
    const cases = resources.find((r) => /\/api\/cases(\?|$)/.test(r.name));
    return {
      rowsVisible: w.__rowsVisible,
      rows: w.__rows,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      casesRequestStart: cases?.requestStart ?? NaN,
      casesResponseEnd: cases?.responseEnd ?? NaN,
      casesUrl: cases?.name ?? null,
    };
  });
  await page.close();
  return sample;
}

/** The JS (or CSS) index.html makes the browser fetch before the first render, raw and gzipped (level 6). */
export function initialAssets(kind: 'js' | 'css', dir = CONSOLE_DIR): { files: string[]; bytes: number; gzipBytes: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs =
    kind === 'js'
      ? [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g), ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)]
      : [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g), ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)];
  const files = [...new Set(refs.map((m) => m[1]))];
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file.replace(/^\//, '')));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 6 }).length;
  }
  return { files, bytes, gzipBytes };
}

/**
 * `cases` cases over 10 leaders, 20 units and cases/4 employees: opened, a current absence,
 * two risks and a measure each. Sealed with hash chains and inserted in batches.
 */
async function seedCases(pool: Pool, store: EncryptingEventStore, cases: number, leaderIds: string[]): Promise<number> {
  const actor = { actorId: leaderIds[0] };
  const unitIds = Array.from({ length: UNITS }, () => randomUUID());
  const employees = Array.from({ length: Math.ceil(cases / CASES_PER_EMPLOYEE) }, () => randomUUID());
  const heads = new Map<string, { version: number; hash: string }>();
  let batch: SealedEvent[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length) await insertBatch(pool, batch);
    written += batch.length;
    batch = [];
  };
  const seal = async (streamId: string, type: string, data: Record<string, unknown>, subject?: string) => {
    const event: NewEvent = { eventId: randomUUID(), type, data, context: actor, personal: subject ? personalDataOf(type as EventType, subject) : undefined };
    const head = heads.get(streamId) ?? { version: 0, hash: GENESIS_HASH };
    const [sealed] = sealEvents(streamId, head.version, head.hash, [await store.encrypt(event)]);
    heads.set(streamId, { version: sealed.version, hash: sealed.metadata.hash });
    batch.push(sealed);
    if (batch.length >= BATCH) await flush();
  };
  await seal('organisation', 'OrganisationDetailsSet', { name: 'Benk kommune', orgNumber: '974760673' });
  for (const [i, unitId] of unitIds.entries()) await seal('organisation', 'UnitAdded', { unitId, name: `Enhet ${i}` });
  for (const [i, employeeId] of employees.entries()) {
    await seal(`employee-${employeeId}`, 'EmployeeRegistered', { employeeId, name: `Ansatt ${i}`, unitId: unitIds[i % UNITS], position: 'Helsefagarbeider' }, employeeId);
  }
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  for (let n = 0; n < cases; n++) {
    const caseId = randomUUID();
    const employeeId = employees[n % employees.length];
    const stream = `case-${caseId}`;
    const riskId = randomUUID();
    await seal(stream, 'CaseOpened', { caseId, employeeId, leaderId: leaderIds[n % leaderIds.length], unitId: unitIds[n % UNITS], kind: 'combined', title: `Sak ${n}: arbeidspress`, summary: 'Tok kontakt etter pulsmåling' }, employeeId);
    await seal(stream, 'AbsenceRecorded', { absenceId: randomUUID(), from: day(-(n % 120)), grade: 50 + (n % 2) * 50, kind: 'sick_note' }, employeeId);
    await seal(stream, 'RiskIdentified', { riskId, factor: RISK_FACTORS[n % 8], description: `Beskrivelse ${n}`, severity: ['low', 'medium', 'high'][n % 3], source: 'conversation' }, employeeId);
    await seal(stream, 'ActionAgreed', { actionId: randomUUID(), title: `Tiltak ${n}`, riskIds: [riskId], responsibleId: leaderIds[n % leaderIds.length], dueDate: day(n % 60), participants: ['employee', 'leader'] }, employeeId);
  }
  await flush();
  return written;
}

function startApi(url: string, port: number, masterKey: Buffer, log: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATABASE_URL: url, MASTER_KEY: masterKey.toString('base64') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => log(`server: ${String(chunk).trim()}`));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => String(chunk).includes('Listening on') && resolve(child));
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
}

function startBlankServer(): Promise<Server> {
  const html = '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tom side</title></head><body><p>Tom side</p></body></html>';
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
