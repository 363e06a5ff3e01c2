import type { TestApp } from './test-app';
import { signedInUser, type TestUser } from './users';

export interface CaseWorld {
  admin: TestUser;
  hr: TestUser;
  leader: TestUser;
  otherLeader: TestUser;
  safetyRep: TestUser;
  unitId: string;
  employeeId: string;
}

/** An organisation with a unit, an employee and a user of every role. */
export async function caseWorld(app: TestApp): Promise<CaseWorld> {
  const [admin, hr, leader, otherLeader, safetyRep] = await Promise.all([
    signedInUser(app.runtime, app.app, 'admin'),
    signedInUser(app.runtime, app.app, 'hr', 'Hanne Hansen'),
    signedInUser(app.runtime, app.app, 'leader', 'Lars Øvrebø'),
    signedInUser(app.runtime, app.app, 'leader', 'Per Annen'),
    signedInUser(app.runtime, app.app, 'safety_rep', 'Vera Verneombud'),
  ]);
  await admin.client.put('/api/organisation', { name: 'Fjordvik kommune', orgNumber: '974760673' });
  const unit = await admin.client.post('/api/units', { name: `Hjemmetjenesten ${Math.random().toString(36).slice(2, 7)}` });
  const employee = await hr.client.post('/api/employees', { name: 'Kari Nordmann', nationalId: '15076500565', unitId: unit.body.id, position: 'Helsefagarbeider' });
  if (employee.status !== 201) throw new Error(JSON.stringify(employee.body));
  return { admin, hr, leader, otherLeader, safetyRep, unitId: unit.body.id, employeeId: employee.body.id };
}

/** Opens a case about the world's employee with its leader; returns the case id. */
export async function openCase(world: CaseWorld, title = 'Høyt arbeidspress etter omorganisering'): Promise<string> {
  const answer = await world.hr.client.post('/api/cases', {
    employeeId: world.employeeId,
    leaderId: world.leader.id,
    kind: 'combined',
    title,
    summary: 'Kari tok kontakt etter pulsmålingen',
  });
  if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
  return answer.body.id;
}

export async function caseVersion(world: CaseWorld, caseId: string): Promise<number> {
  return (await world.hr.client.get(`/api/cases/${caseId}`)).body.version;
}

/** Valid bodies for every case command, so tests can change one field at a time. */
export const VALID = {
  risk: { factor: 'workload', description: 'For mange brukere per vakt', severity: 'high', source: 'conversation' },
  action: (responsibleId: string, riskIds: string[] = []) => ({
    title: 'Omfordele saksmengde',
    description: 'Tre brukere flyttes til kollega',
    riskIds,
    responsibleId,
    dueDate: '2030-12-03',
    participants: ['employee', 'leader', 'hr'],
  }),
  completion: { completedOn: '2026-01-05', outcome: 'Saksmengden er redusert' },
  evaluation: { effect: 'effective', note: 'Mindre tidspress' },
  absence: { from: '2026-01-05', grade: 100, kind: 'sick_note' },
  absenceEnd: { to: '2026-01-20' },
  followUpPlan: { madeOn: '2026-01-10', summary: 'Gradert arbeid 50 %', sharedWithSickNoteWriter: true },
  dialogueMeeting: { number: 1, heldOn: '2026-01-15', participants: ['employee', 'leader'], summary: 'Gjennomgått planen' },
  consent: (party: 'employee' | 'employer') => ({ party, scope: 'expert_support', givenOn: '2026-01-05' }),
  expertSupport: {
    expert: { name: 'Ingrid Berg', company: 'Arbeidshelse Vest AS', competence: 'Psykolog, autorisasjon HPR 1234567' },
    reason: 'Helsefagarbeider i turnus; kveldsvakter alene er vanskelige',
    need: 'Kartlegging av arbeidssituasjonen og råd om tilrettelegging',
    accommodationTried: 'Redusert saksmengde og faste samtaler med leder',
    hours: 10,
    estimatedCost: 15000,
    startDate: '2030-01-10',
    navContact: 'Nina Veileder, NAV Arbeidslivssenter',
  },
  navDecision: { granted: true, amount: 15000, refundDeadline: '2030-06-30', decidedOn: '2026-01-20' },
  note: { text: 'Samtale med tillitsvalgt gjennomført' },
  closure: { reason: 'Tiltakene har virket' },
  reopening: { reason: 'Nytt fravær' },
};
