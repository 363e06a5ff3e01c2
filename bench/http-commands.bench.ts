import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { RAW_TABLES, rawStep } from './support/append-steps';
import { call as callAs, signIn, type HttpSession } from './support/http-session';
import { startCpuMeter, type CpuSplit } from './support/cpu';
import { combineRounds, runRound, type Timing, type WriterRun } from './support/writers';

export const HTTP_TARGET = 0.5;
export const HTTP_P99_TARGET_MS = 25;
const CASES = 1000;
const MAIN = join(__dirname, '../apps/api/src/main.js');

export interface HttpRun {
  connections: number;
  rate: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU while autocannon ran: this process (autocannon), PostgreSQL, the rest; and the API server's own. */
  cpu: CpuSplit;
  serverCores: number;
  raw: WriterRun;
}

export interface HttpResults {
  runs: HttpRun[];
  seconds: number;
}

/**
 * Commands through HTTP as a user sends them: session cookie, CSRF token, validation,
 * access check, load, decide, append. The server runs as its own process (`npm start`'s
 * entry point, on this database, projections on); autocannon sends POST /api/cases/:id/notes
 * spread over 1,000 cases. Baseline: raw single-row INSERTs on the same database, same run.
 */
export async function httpSuite(
  url: string,
  pool: Pool,
  postmasterPid: number | null,
  seconds: number,
  log: (line: string) => void,
): Promise<HttpResults> {
  for (const statement of RAW_TABLES) await pool.query(statement).catch(() => undefined);
  const password = randomBytes(12).toString('base64url');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startApi(url, port, password, log);
  try {
    const base = `http://127.0.0.1:${port}`;
    const hr = await prepare(base, password, log);
    const runs: HttpRun[] = [];
    for (const connections of [16, 50]) {
      log(`http: ${connections} connections, raw INSERT baseline`);
      const timing: Timing = { warmupMs: 1000, durationMs: seconds * 1000 };
      const raw = combineRounds(connections, [
        await runRound(Array.from({ length: connections }, (_, w) => rawStep(pool, `http${connections}`)(w)), timing, postmasterPid),
      ]);
      log(`http: ${connections} connections, POST /api/cases/:id/notes`);
      runs.push({ ...(await cannon(base, hr, connections, seconds, server.pid!, postmasterPid)), raw });
    }
    return { runs, seconds };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

function startApi(url: string, port: number, password: string, log: (line: string) => void): Promise<ChildProcess> {
  // BENCH_HTTP_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API process.
  const nodeArgs = (process.env.BENCH_HTTP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATABASE_URL: url,
      MASTER_KEY: randomBytes(32).toString('base64'),
      ADMIN_EMAIL: 'admin@bench.local',
      ADMIN_PASSWORD: password,
      PROJECTIONS: process.env.BENCH_HTTP_PROJECTIONS ?? 'on',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => log(`server: ${String(chunk).trim()}`));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => String(chunk).includes('Listening on') && resolve(child));
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
}

interface Session extends HttpSession {
  caseIds: string[];
}

async function prepare(base: string, password: string, log: (line: string) => void): Promise<Session> {
  const admin = await signIn(base, 'admin@bench.local', password);
  const call = (session: HttpSession, method: string, path: string, body: object) => callAs(base, session, method, path, body);
  await call(admin, 'POST', '/api/users', { email: 'hr@bench.local', name: 'Hanne HR', role: 'hr', password });
  const leader = await call(admin, 'POST', '/api/users', { email: 'leader@bench.local', name: 'Lars Leder', role: 'leader', password });
  const unit = await call(admin, 'POST', '/api/units', { name: 'Benken' });
  const hr = await signIn(base, 'hr@bench.local', password);
  const employee = await call(hr, 'POST', '/api/employees', { name: 'Kari Nordmann', unitId: unit.id });
  log(`http: opening ${CASES} cases`);
  const caseIds: string[] = [];
  for (let i = 0; i < CASES; i += 16) {
    const batch = Array.from({ length: Math.min(16, CASES - i) }, () =>
      call(hr, 'POST', '/api/cases', { employeeId: employee.id, leaderId: leader.id, kind: 'psychosocial', title: 'Arbeidspress' }),
    );
    caseIds.push(...(await Promise.all(batch)).map((c) => c.id));
  }
  return { ...hr, caseIds };
}

async function cannon(base: string, session: Session, connections: number, seconds: number, serverPid: number, postmasterPid: number | null) {
  let n = 0;
  const stopCpu = startCpuMeter(postmasterPid);
  const serverBefore = processTicks(serverPid);
  const started = performance.now();
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        setupRequest: (request) => ({
          ...request,
          path: `/api/cases/${session.caseIds[n++ % session.caseIds.length]}/notes`,
          body: JSON.stringify({ text: `Oppfølgingssamtale nr. ${n}` }),
        }),
      },
    ],
  });
  const cpu = stopCpu();
  const serverCores = (processTicks(serverPid) - serverBefore) / 100 / ((performance.now() - started) / 1000);
  return {
    serverCores,
    connections,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpu,
  };
}

/** utime + stime of one process, in clock ticks (USER_HZ = 100). */
function processTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
