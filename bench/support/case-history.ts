import { randomUUID } from 'node:crypto';
import { RISK_FACTORS, personalDataOf, type EventType } from '@app/case-domain';
import { GENESIS_HASH, sealEvents, type EncryptingEventStore, type NewEvent, type SealedEvent } from '@app/event-store';
import type { Pool } from 'pg';
import { insertBatch } from './bulk-load';

const CASES_PER_EMPLOYEE = 10;
const UNITS = 20;
const COHORT = 1_000;
const BATCH = 10_000;
const actor = { actorId: '00000000-0000-4000-8000-000000000001' };

export interface CaseHistory {
  cases: number;
  events: number;
  /** The case with 1,000 events, for the timeline latency. */
  bigCaseId: string;
  unitIds: string[];
}

interface CaseScript {
  caseId: string;
  employeeId: string;
  unitId: string;
  events: Array<{ type: EventType | 'OrganisationDetailsSet' | 'UnitAdded'; data: Record<string, unknown> }>;
}

/** A realistic case: opened, an absence, then risks, measures, evaluations, notes and plans. */
function caseScript(caseId: string, employeeId: string, unitId: string, length: number, n: number): CaseScript {
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
  const events: CaseScript['events'] = [
    { type: 'CaseOpened', data: { caseId, employeeId, leaderId: actor.actorId, unitId, kind: 'combined', title: `Sak ${n}: arbeidspress`, summary: 'Tok kontakt etter pulsmåling' } },
    { type: 'AbsenceRecorded', data: { absenceId: randomUUID(), from: day(n % 300), grade: 50 + (n % 2) * 50, kind: 'sick_note' } },
  ];
  let riskId = '';
  let actionId = '';
  for (let k = 2; events.length < length; k++) {
    const step = k % 6;
    if (step === 0 || !riskId) {
      riskId = randomUUID();
      events.push({ type: 'RiskIdentified', data: { riskId, factor: RISK_FACTORS[k % 8], description: `Beskrivelse ${k}`, severity: ['low', 'medium', 'high'][k % 3], source: 'conversation' } });
    } else if (step === 1) {
      actionId = randomUUID();
      events.push({ type: 'ActionAgreed', data: { actionId, title: `Tiltak ${k}`, riskIds: [riskId], responsibleId: actor.actorId, dueDate: day(k), participants: ['employee', 'leader'] } });
    } else if (step === 2 && actionId) {
      events.push({ type: 'ActionCompleted', data: { actionId, completedOn: day(k), outcome: `Gjennomført ${k}` } });
    } else if (step === 3 && actionId) {
      events.push({ type: 'ActionEvaluated', data: { actionId, effect: 'partly_effective', note: `Evaluering ${k}` } });
    } else if (step === 4) {
      events.push({ type: 'FollowUpPlanRecorded', data: { planId: randomUUID(), madeOn: day(k), summary: `Plan ${k}`, sharedWithSickNoteWriter: true } });
    } else {
      events.push({ type: 'NoteAdded', data: { noteId: randomUUID(), text: `Notat ${k} om oppfølgingen` } });
    }
  }
  return { caseId, employeeId, unitId, events };
}

/**
 * `total` events of real case and employee streams (personal fields encrypted under the
 * employee's key, as the API writes them), cohorts of cases interleaved like live traffic,
 * loaded in batches with correct hash chains. One case gets 1,000 events.
 */
export async function loadCaseHistory(pool: Pool, store: EncryptingEventStore, total: number, log: (line: string) => void): Promise<CaseHistory> {
  const perCase = 50;
  const cases = Math.max(2, Math.floor((total - 1_000) / perCase));
  const unitIds = Array.from({ length: UNITS }, () => randomUUID());
  const employees = Array.from({ length: Math.ceil(cases / CASES_PER_EMPLOYEE) }, () => randomUUID());
  const writer = new BatchWriter(pool);
  const directory: Array<{ streamId: string; type: string; data: Record<string, unknown>; subject?: string }> = [
    { streamId: 'organisation', type: 'OrganisationDetailsSet', data: { name: 'Benk kommune', orgNumber: '974760673' } },
    ...unitIds.map((unitId, i) => ({ streamId: 'organisation', type: 'UnitAdded', data: { unitId, name: `Enhet ${i}` } })),
    ...employees.map((employeeId, i) => ({
      streamId: `employee-${employeeId}`,
      type: 'EmployeeRegistered',
      data: { employeeId, name: `Ansatt ${i}`, unitId: unitIds[i % UNITS], position: 'Helsefagarbeider' },
      subject: employeeId,
    })),
  ];
  const heads = new Map<string, { version: number; hash: string }>();
  const seal = async (streamId: string, type: string, data: Record<string, unknown>, subject?: string) => {
    const event: NewEvent = { eventId: randomUUID(), type, data, context: actor, personal: subject ? personalDataOf(type as EventType, subject) : undefined };
    const head = heads.get(streamId) ?? { version: 0, hash: GENESIS_HASH };
    const [sealed] = sealEvents(streamId, head.version, head.hash, [await store.encrypt(event)]);
    heads.set(streamId, { version: sealed.version, hash: sealed.metadata.hash });
    await writer.push(sealed);
  };
  for (const e of directory) await seal(e.streamId, e.type, e.data, e.subject);
  const bigCaseId = randomUUID();
  const scripts = [caseScript(bigCaseId, employees[0], unitIds[0], 1_000, 0)];
  for (let n = 1; n < cases; n++) scripts.push(caseScript(randomUUID(), employees[n % employees.length], unitIds[n % UNITS], perCase, n));
  for (let first = 0; first < scripts.length; first += COHORT) {
    const cohort = scripts.slice(first, first + COHORT);
    const longest = Math.max(...cohort.map((c) => c.events.length));
    for (let i = 0; i < longest; i++) {
      for (const script of cohort) {
        const event = script.events[i];
        if (event) await seal(`case-${script.caseId}`, event.type, event.data, script.employeeId);
      }
    }
    log(`read models: loaded ${writer.written.toLocaleString('en-US')} events`);
  }
  await writer.close();
  return { cases: scripts.length, events: writer.written, bigCaseId, unitIds };
}

/** Inserts sealed events in batches, one batch in flight while the next is sealed. */
class BatchWriter {
  written = 0;
  private batch: SealedEvent[] = [];
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: Pool) {}

  async push(event: SealedEvent): Promise<void> {
    this.batch.push(event);
    if (this.batch.length >= BATCH) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  private async flush(): Promise<void> {
    await this.inFlight;
    const rows = this.batch;
    this.batch = [];
    if (rows.length) this.inFlight = insertBatch(this.pool, rows).then(() => (this.written += rows.length));
  }
}
