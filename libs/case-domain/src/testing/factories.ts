import { randomUUID } from 'node:crypto';
import type { CaseCommand } from '../commands';
import type * as C from '../commands';
import { DEFAULT_RULES } from '../rules';
import type { CaseEvent } from '../events/case-events';
import { decideCase } from '../case/decide';
import { evolveCase } from '../case/evolve';
import { initialCaseState, type CaseState } from '../case/case-state';
import type { DecideContext } from '../case/decide-context';
import { DeciderSpecification, type Decider } from './decider-spec';

/**
 * Small factories for tests: a valid command or event of each kind, with overrides.
 * "Now" is 2026-03-10 11:00 in Oslo unless a test says otherwise.
 */
export const NOW = new Date('2026-03-10T10:00:00Z');
export const TODAY = '2026-03-10';

export const ids = {
  case: 'c0a8e7d4-0000-4000-8000-000000000001',
  employee: 'e0a8e7d4-0000-4000-8000-000000000002',
  leader: 'a0a8e7d4-0000-4000-8000-000000000003',
  unit: 'b0a8e7d4-0000-4000-8000-000000000004',
  hr: 'd0a8e7d4-0000-4000-8000-000000000005',
};

export const newId = (): string => randomUUID();

/** Lets a test pass a value the static type forbids, as an HTTP body could. */
export const bad = (value: unknown): never => value as never;

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState, DecideContext> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: () => initialCaseState,
  defaultContext: () => ({ now: NOW, actorId: ids.hr, rules: DEFAULT_RULES }),
};

export const given = DeciderSpecification.for(caseDecider);

export const command = {
  openCase: (data: Partial<C.OpenCase['data']> = {}): C.OpenCase => ({
    type: 'OpenCase',
    data: {
      caseId: ids.case,
      employeeId: ids.employee,
      leaderId: ids.leader,
      unitId: ids.unit,
      kind: 'psychosocial',
      title: 'Belastning i kundeteamet',
      ...data,
    },
  }),
  identifyRisk: (data: Partial<C.IdentifyRisk['data']> = {}): C.IdentifyRisk => ({
    type: 'IdentifyRisk',
    data: {
      riskId: newId(),
      factor: 'workload',
      description: 'Mange saker og korte frister i høysesongen',
      severity: 'medium',
      source: 'pulse_survey',
      ...data,
    },
  }),
  agreeAction: (data: Partial<C.AgreeAction['data']> = {}): C.AgreeAction => ({
    type: 'AgreeAction',
    data: {
      actionId: newId(),
      title: 'Ukentlig prioriteringsmøte',
      responsibleId: ids.leader,
      dueDate: '2026-04-01',
      participants: ['employee', 'leader'],
      ...data,
    },
  }),
  completeAction: (actionId: string, data: Partial<C.CompleteAction['data']> = {}): C.CompleteAction => ({
    type: 'CompleteAction',
    data: { actionId, completedOn: TODAY, outcome: 'Møtene er i gang', ...data },
  }),
  evaluateAction: (actionId: string, data: Partial<C.EvaluateAction['data']> = {}): C.EvaluateAction => ({
    type: 'EvaluateAction',
    data: { actionId, effect: 'partly_effective', note: 'Bedre oversikt, fortsatt høyt tempo', ...data },
  }),
  recordAbsence: (data: Partial<C.RecordAbsence['data']> = {}): C.RecordAbsence => ({
    type: 'RecordAbsence',
    data: { absenceId: newId(), from: '2026-02-02', grade: 100, kind: 'sick_note', ...data },
  }),
  endAbsence: (absenceId: string, data: Partial<C.EndAbsence['data']> = {}): C.EndAbsence => ({
    type: 'EndAbsence',
    data: { absenceId, to: '2026-02-20', ...data },
  }),
  recordFollowUpPlan: (data: Partial<C.RecordFollowUpPlan['data']> = {}): C.RecordFollowUpPlan => ({
    type: 'RecordFollowUpPlan',
    data: {
      planId: newId(),
      madeOn: '2026-02-25',
      summary: 'Redusert kundekontakt i fire uker',
      sharedWithSickNoteWriter: true,
      ...data,
    },
  }),
  recordDialogueMeeting: (data: Partial<C.RecordDialogueMeeting['data']> = {}): C.RecordDialogueMeeting => ({
    type: 'RecordDialogueMeeting',
    data: {
      meetingId: newId(),
      number: 1,
      heldOn: '2026-03-05',
      participants: ['employee', 'leader', 'occupational_health'],
      summary: 'Gradert retur fra april',
      ...data,
    },
  }),
  recordConsent: (data: Partial<C.RecordConsent['data']> = {}): C.RecordConsent => ({
    type: 'RecordConsent',
    data: { consentId: newId(), party: 'employee', scope: 'expert_support', givenOn: TODAY, ...data },
  }),
  requestExpertSupport: (data: Partial<C.RequestExpertSupport['data']> = {}): C.RequestExpertSupport => ({
    type: 'RequestExpertSupport',
    data: {
      requestId: newId(),
      expert: { name: 'Kari Nordmann', company: 'Arbeidshelse AS', competence: 'Psykolog, autorisasjon HPR' },
      reason: 'Saksbehandler i kundeteam, full stilling; høyt tempo og uklare prioriteringer',
      need: 'Kartlegging av arbeidssituasjonen og råd om tilrettelegging',
      accommodationTried: 'Prioriteringsmøter, redusert kundekontakt, samtaler med BHT',
      hours: 10,
      estimatedCost: 15_000,
      startDate: '2026-03-20',
      navContact: 'Ola Veileder, NAV Arbeidslivssenter',
      ...data,
    },
  }),
  recordNavDecision: (data: Partial<C.RecordNavDecision['data']> = {}): C.RecordNavDecision => ({
    type: 'RecordNavDecision',
    data: { decisionId: newId(), granted: true, amount: 15_000, refundDeadline: '2026-09-30', decidedOn: TODAY, ...data },
  }),
  addNote: (data: Partial<C.AddNote['data']> = {}): C.AddNote => ({
    type: 'AddNote',
    data: { noteId: newId(), text: 'Samtale med arbeidstaker gjennomført', ...data },
  }),
  closeCase: (data: Partial<C.CloseCase['data']> = {}): C.CloseCase => ({
    type: 'CloseCase',
    data: { reason: 'Tiltakene virker, arbeidstaker tilbake i full stilling', ...data },
  }),
  reopenCase: (data: Partial<C.ReopenCase['data']> = {}): C.ReopenCase => ({
    type: 'ReopenCase',
    data: { reason: 'Ny melding om høy belastning', ...data },
  }),
};

/**
 * The event a valid command produces, for `given`: a command's data mirrors its event (with
 * riskIds defaulting to []), which the decide tests check one by one.
 */
export function eventOf(cmd: CaseCommand): CaseEvent {
  switch (cmd.type) {
    case 'OpenCase':
      return { type: 'CaseOpened', data: { ...cmd.data } };
    case 'IdentifyRisk':
      return { type: 'RiskIdentified', data: { ...cmd.data } };
    case 'AgreeAction':
      return { type: 'ActionAgreed', data: { ...cmd.data, riskIds: cmd.data.riskIds ?? [] } };
    case 'CompleteAction':
      return { type: 'ActionCompleted', data: { ...cmd.data } };
    case 'EvaluateAction':
      return { type: 'ActionEvaluated', data: { ...cmd.data } };
    case 'RecordAbsence':
      return { type: 'AbsenceRecorded', data: { ...cmd.data } };
    case 'EndAbsence':
      return { type: 'AbsenceEnded', data: { ...cmd.data } };
    case 'RecordFollowUpPlan':
      return { type: 'FollowUpPlanRecorded', data: { ...cmd.data } };
    case 'RecordDialogueMeeting':
      return { type: 'DialogueMeetingHeld', data: { ...cmd.data } };
    case 'RecordConsent':
      return { type: 'ConsentRecorded', data: { ...cmd.data } };
    case 'RequestExpertSupport':
      return { type: 'ExpertSupportRequested', data: { ...cmd.data } };
    case 'RecordNavDecision':
      return { type: 'NavDecisionRecorded', data: { ...cmd.data } };
    case 'AddNote':
      return { type: 'NoteAdded', data: { ...cmd.data } };
    case 'CloseCase':
      return { type: 'CaseClosed', data: { ...cmd.data } };
    case 'ReopenCase':
      return { type: 'CaseReopened', data: { ...cmd.data } };
    case 'ExportCase':
      return { type: 'CaseExported', data: { ...cmd.data } };
  }
}

/** Shorthands for given events. */
export const opened = (data: Partial<C.OpenCase['data']> = {}): CaseEvent => eventOf(command.openCase(data));
export const closed = (): CaseEvent => eventOf(command.closeCase());
export const bothConsents = (): CaseEvent[] => [
  eventOf(command.recordConsent({ party: 'employee' })),
  eventOf(command.recordConsent({ party: 'employer' })),
];
