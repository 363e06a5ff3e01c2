import { addDays, calendarDate, caseStreamId } from '@app/case-domain';
import { renderCaseExportPdf, type CaseExport } from '@app/nav-export';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createApp } from '../apps/api/src/app.factory';
import { UsersRepository } from '../apps/api/src/auth/users.repository';
import { loadConfig } from '../apps/api/src/config/app-config';
import { openRuntime } from '../apps/api/src/runtime/runtime';
import { call, signIn } from './support/http-session';
import { percentiles } from './support/stats';

export const EXPORT_PDF_TARGET_MS = 1000;
const PASSWORD = 'bench-export-password';

export interface Latency {
  p50: number;
  p99: number;
}

export interface ExportResults {
  events: number;
  runs: number;
  pdf: Latency;
  pdfBytes: number;
  json: Latency;
  jsonBytes: number;
  /** renderCaseExportPdf alone, in process, on the exported document. */
  render: Latency;
  /** Baselines, same run: GET …/timeline of the same case over HTTP, and the raw SQL read of its rows. */
  timeline: Latency;
  rawRead: Latency;
}

/**
 * Issue 5, point 5: export a 1,000-event case. The real server (in this process, listening on
 * a port) on a fresh database; the case is built through the API as users would (risks,
 * measures completed and evaluated, absences, notes); then `runs` downloads of each format
 * over HTTP, timed until the last byte. Each export appends its own CaseExported event.
 */
export async function exportSuite(url: string, pool: Pool, targetEvents: number, runs: number, log: (line: string) => void): Promise<ExportResults> {
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: url, MASTER_KEY: randomBytes(32).toString('base64') }), { log: () => undefined });
  const app = await createApp(runtime);
  await app.listen({ port: 0, host: '127.0.0.1' });
  runtime.projections.start();
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const users = new UsersRepository(runtime.dataSource);
    const [admin, hr, leader] = await Promise.all(
      (['admin', 'hr', 'leader'] as const).map(async (role) => {
        const user = await users.create({ email: `${role}@bench.no`, name: role === 'leader' ? 'Lars Øvrebø' : `Bench ${role}`, role, password: PASSWORD, phone: '91234567' });
        return { id: user.id, ...(await signIn(base, `${role}@bench.no`, PASSWORD)) };
      }),
    );
    await call(base, admin, 'PUT', '/api/organisation', { name: 'Fjordvik kommune', orgNumber: '974760673' });
    const unit = await call(base, admin, 'POST', '/api/units', { name: 'Hjemmetjenesten' });
    const employee = await call(base, hr, 'POST', '/api/employees', { name: 'Kari Nordmann', unitId: unit.id, nationalId: '15076500565' });
    const opened = await call(base, hr, 'POST', '/api/cases', { employeeId: employee.id, leaderId: leader.id, kind: 'combined', title: 'Høyt arbeidspress over tid' });
    const caseId: string = opened.id;
    log(`export: building a case of ${targetEvents} events through the API`);
    let version = 1;
    const today = calendarDate(new Date(), 'Europe/Oslo');
    await call(base, hr, 'POST', `/api/cases/${caseId}/absences`, { from: addDays(today, -70), grade: 100, kind: 'sick_note' });
    version++;
    let actionId = '';
    for (let i = 0; version < targetEvents; i++, version++) {
      const step = i % 10;
      if (step === 0) await call(base, hr, 'POST', `/api/cases/${caseId}/risks`, { factor: 'workload', description: `Risiko ${i}: for mange brukere per vakt`, severity: 'high', source: 'conversation' });
      else if (step === 1) {
        actionId = (await call(base, leader, 'POST', `/api/cases/${caseId}/actions`, {
          title: `Tiltak ${i}: omfordele saksmengde`,
          responsibleId: leader.id,
          dueDate: addDays(today, 30),
          participants: ['employee', 'leader', 'hr'],
        })).id;
      } else if (step === 2) await call(base, leader, 'POST', `/api/cases/${caseId}/actions/${actionId}/completion`, { completedOn: today, outcome: 'Gjennomført som avtalt' });
      else if (step === 3) await call(base, leader, 'POST', `/api/cases/${caseId}/actions/${actionId}/evaluation`, { effect: 'partly_effective', note: 'Noe mindre tidspress' });
      else await call(base, hr, 'POST', `/api/cases/${caseId}/notes`, { text: `Notat ${i}: samtale med arbeidstaker om arbeidsmengden denne uken, avtalt ny oppfølging.` });
    }

    log(`export: ${runs} PDF and ${runs} JSON exports`);
    const timeDownload = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie: hr.cookie } });
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.toString('utf8').slice(0, 200)}`);
      return { ms: performance.now() - started, body };
    };
    await timeDownload(`/api/cases/${caseId}/export.pdf`); // warm-up: font loading, JIT
    const pdf: number[] = [];
    const json: number[] = [];
    const render: number[] = [];
    const timeline: number[] = [];
    const rawRead: number[] = [];
    let pdfBytes = 0;
    let jsonBytes = 0;
    let doc: CaseExport | undefined;
    for (let run = 0; run < runs; run++) {
      const p = await timeDownload(`/api/cases/${caseId}/export.pdf`);
      pdf.push(p.ms);
      pdfBytes = p.body.length;
      const j = await timeDownload(`/api/cases/${caseId}/export.json`);
      json.push(j.ms);
      jsonBytes = j.body.length;
      doc = JSON.parse(j.body.toString('utf8'));
      const r = performance.now();
      await renderCaseExportPdf(doc!);
      render.push(performance.now() - r);
      timeline.push((await timeDownload(`/api/cases/${caseId}/timeline`)).ms);
      const q = performance.now();
      await pool.query(`SELECT * FROM events WHERE stream_id = $1 ORDER BY version`, [caseStreamId(caseId)]);
      rawRead.push(performance.now() - q);
    }
    return {
      events: doc?.timeline.length ?? 0,
      runs,
      pdf: percentiles(pdf),
      pdfBytes,
      json: percentiles(json),
      jsonBytes,
      render: percentiles(render),
      timeline: percentiles(timeline),
      rawRead: percentiles(rawRead),
    };
  } finally {
    await app.close();
    await runtime.close();
  }
}
