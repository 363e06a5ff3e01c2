import type {
  AbsenceKind,
  CaseKind,
  ConsentParty,
  ConsentScope,
  EvaluationEffect,
  Participant,
  RiskFactor,
  RiskSource,
  Severity,
} from '../codes';
import type { IsoDate } from '../dates';

/**
 * The events of one case, stream `case-<caseId>`. Types are past tense and never renamed;
 * a change of shape gets a new schema version and an upcaster (upcasters.ts).
 *
 * Events are facts: nothing is ever edited. A correction is a new event (another risk, a new
 * evaluation, a note, a new expert-support request that supersedes the previous one), so the
 * handling of a case can always be reconstructed afterwards (shared/domain.md, audit).
 *
 * Dates are calendar dates `YYYY-MM-DD`; ids are uuids chosen by the caller. Who did it and
 * when travels in the event metadata (actorId, occurredAt), not in `data`.
 *
 * Free-text and personal fields (personal-fields.ts) are encrypted with the key of the
 * employee the case is about; once that employee is erased they read back as
 * `{ $erased: true }` instead of a string (see `personalText`).
 *
 * Projections named below: case_list, case_timeline, deadlines, nav_application,
 * risk_register.
 */

/**
 * HR opened a case about an employee. The first event of every case stream.
 * Produced by: OpenCase. Consumed by: case_list, case_timeline, deadlines, nav_application,
 * risk_register (the case's unit).
 */
export interface CaseOpened {
  type: 'CaseOpened';
  data: {
    caseId: string;
    employeeId: string;
    /** The nearest leader (nærmeste leder) responsible for follow-up. */
    leaderId: string;
    /** The employee's unit when the case was opened (the risk register groups by it). */
    unitId: string;
    kind: CaseKind;
    title: string;
    summary?: string;
  };
}

/**
 * A psychosocial risk was identified and assessed (§ 4-3 mapping and risk assessment).
 * Produced by: IdentifyRisk. Consumed by: case_timeline, risk_register.
 */
export interface RiskIdentified {
  type: 'RiskIdentified';
  data: {
    riskId: string;
    factor: RiskFactor;
    /** Names the factor in own words; required with factor `other`, optional otherwise. */
    factorText?: string;
    description: string;
    severity: Severity;
    source: RiskSource;
  };
}

/**
 * A measure (tiltak) was agreed, with who is responsible, a due date and who took part.
 * Produced by: AgreeAction. Consumed by: case_list (open and overdue actions), case_timeline,
 * deadlines (the due date), nav_application (accommodation tried), risk_register (measures
 * per factor).
 */
export interface ActionAgreed {
  type: 'ActionAgreed';
  data: {
    actionId: string;
    title: string;
    description?: string;
    /** Risks of this case the action addresses; may be empty. */
    riskIds: string[];
    responsibleId: string;
    dueDate: IsoDate;
    participants: Participant[];
  };
}

/**
 * An agreed action was carried out. Happens once per action.
 * Produced by: CompleteAction. Consumed by: case_list, case_timeline, deadlines (met),
 * nav_application (accommodation tried), risk_register.
 */
export interface ActionCompleted {
  type: 'ActionCompleted';
  data: { actionId: string; completedOn: IsoDate; outcome: string };
}

/**
 * A completed action was evaluated. May happen many times: following a measure up over time
 * is the point of § 4-3 ("don't measure without following up").
 * Produced by: EvaluateAction. Consumed by: case_timeline, risk_register (effect per factor).
 */
export interface ActionEvaluated {
  type: 'ActionEvaluated';
  data: { actionId: string; effect: EvaluationEffect; note: string };
}

/**
 * A spell of sickness absence: dates, grade and kind only, never a diagnosis.
 * Without `to` the spell is open until AbsenceEnded.
 * Produced by: RecordAbsence. Consumed by: case_timeline, deadlines (statutory milestones
 * counted from the first day), nav_application (absence history).
 */
export interface AbsenceRecorded {
  type: 'AbsenceRecorded';
  data: {
    absenceId: string;
    from: IsoDate;
    to?: IsoDate;
    /** Percent: 100 is full leave, 20–99 graded leave. */
    grade: number;
    kind: AbsenceKind;
  };
}

/**
 * An open spell of absence ended (the last day of absence is `to`).
 * Produced by: EndAbsence. Consumed by: case_timeline, deadlines, nav_application.
 */
export interface AbsenceEnded {
  type: 'AbsenceEnded';
  data: { absenceId: string; to: IsoDate };
}

/**
 * A follow-up plan (oppfølgingsplan, AML § 4-6) was made with the employee.
 * Produced by: RecordFollowUpPlan. Consumed by: case_timeline, deadlines (follow_up_plan
 * and follow_up_plan_update met), nav_application (accommodation tried).
 */
export interface FollowUpPlanRecorded {
  type: 'FollowUpPlanRecorded';
  data: { planId: string; madeOn: IsoDate; summary: string; sharedWithSickNoteWriter: boolean };
}

/**
 * A dialogue meeting (dialogmøte 1, 2 or 3) was held.
 * Produced by: RecordDialogueMeeting. Consumed by: case_timeline, deadlines
 * (dialogue_meeting_1/2 met), nav_application.
 */
export interface DialogueMeetingHeld {
  type: 'DialogueMeetingHeld';
  data: {
    meetingId: string;
    number: 1 | 2 | 3;
    heldOn: IsoDate;
    participants: Participant[];
    summary: string;
  };
}

/**
 * The employee or the employer agreed to something, e.g. applying for expert support
 * together (NAV requires both).
 * Produced by: RecordConsent. Consumed by: case_timeline, nav_application (missing consents).
 */
export interface ConsentRecorded {
  type: 'ConsentRecorded';
  data: { consentId: string; party: ConsentParty; scope: ConsentScope; givenOn: IsoDate };
}

/**
 * HR prepared an application for NAV's grant for expert assistance (tilskudd til
 * ekspertbistand), with the fields of NAV's form. A later request supersedes an earlier one.
 * Produced by: RequestExpertSupport. Consumed by: case_timeline, case_list, nav_application.
 */
export interface ExpertSupportRequested {
  type: 'ExpertSupportRequested';
  data: {
    requestId: string;
    expert: { name: string; company: string; competence: string };
    /** The employee's work situation and what is difficult (NAV: begrunnelse). */
    reason: string;
    /** What the expert shall help with (NAV: behov). */
    need: string;
    /** Follow-up and accommodation already offered or tried (NAV: tilrettelegging). */
    accommodationTried: string;
    /** Whole hours, > 0. */
    hours: number;
    /** NOK. */
    estimatedCost: number;
    startDate: IsoDate;
    /** Who at NAV the need was discussed with. */
    navContact: string;
  };
}

/**
 * NAV decided on the latest expert-support request.
 * Produced by: RecordNavDecision. Consumed by: case_timeline, case_list, nav_application,
 * deadlines (the refund deadline).
 */
export interface NavDecisionRecorded {
  type: 'NavDecisionRecorded';
  data: {
    decisionId: string;
    granted: boolean;
    /** Granted amount, NOK. */
    amount?: number;
    /** When the refund claim must reach NAV, from the approval letter. */
    refundDeadline?: IsoDate;
    decidedOn: IsoDate;
  };
}

/**
 * A free-text note on the case; also how a mistake in an earlier entry is corrected.
 * Produced by: AddNote. Consumed by: case_timeline.
 */
export interface NoteAdded {
  type: 'NoteAdded';
  data: { noteId: string; text: string };
}

/**
 * Someone exported the case's documentation (the NAV dossier as PDF, or the JSON export), so
 * who took the case's personal data out of the system, and when, is part of the case itself.
 * `digest`: sha256 (hex) of the exported document as RFC 8785 canonical JSON; the document
 * covers the case up to the version before this event. A file is genuine when its digest is
 * recorded here (`cli verify`).
 * Produced by: ExportCase (GET /api/cases/:id/export.pdf|json), also on a closed case.
 * Consumed by: case_timeline; case_list ignores it (an export is not activity in the case).
 */
export interface CaseExported {
  type: 'CaseExported';
  data: { format: ExportFormat; digest: string };
}

export const EXPORT_FORMATS = ['pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The case was closed. A closed case accepts nothing but CaseReopened.
 * Produced by: CloseCase. Consumed by: case_list, case_timeline, deadlines (no longer due).
 */
export interface CaseClosed {
  type: 'CaseClosed';
  data: { reason: string };
}

/**
 * A closed case was opened again.
 * Produced by: ReopenCase. Consumed by: case_list, case_timeline, deadlines.
 */
export interface CaseReopened {
  type: 'CaseReopened';
  data: { reason: string };
}

export type CaseEvent =
  | CaseOpened
  | RiskIdentified
  | ActionAgreed
  | ActionCompleted
  | ActionEvaluated
  | AbsenceRecorded
  | AbsenceEnded
  | FollowUpPlanRecorded
  | DialogueMeetingHeld
  | ConsentRecorded
  | ExpertSupportRequested
  | NavDecisionRecorded
  | NoteAdded
  | CaseExported
  | CaseClosed
  | CaseReopened;

export type CaseEventType = CaseEvent['type'];

/** Every case event type; the `Record` makes the compiler check the list is complete. */
const CASE_EVENT_TYPE_SET: Record<CaseEventType, true> = {
  CaseOpened: true,
  RiskIdentified: true,
  ActionAgreed: true,
  ActionCompleted: true,
  ActionEvaluated: true,
  AbsenceRecorded: true,
  AbsenceEnded: true,
  FollowUpPlanRecorded: true,
  DialogueMeetingHeld: true,
  ConsentRecorded: true,
  ExpertSupportRequested: true,
  NavDecisionRecorded: true,
  NoteAdded: true,
  CaseExported: true,
  CaseClosed: true,
  CaseReopened: true,
};

export const CASE_EVENT_TYPES = Object.freeze(Object.keys(CASE_EVENT_TYPE_SET) as CaseEventType[]);

export function isCaseEventType(type: string): type is CaseEventType {
  return Object.prototype.hasOwnProperty.call(CASE_EVENT_TYPE_SET, type);
}
