import type { EligibilityRule, IsoDate, NavApplication, NavFieldProblem } from '@app/case-domain';

/**
 * The documentation of one case for NAV and for the employer's own proof of systematic
 * follow-up (arbeidsmiljøloven § 4-3). `GET /api/cases/:id/export.json` answers exactly this;
 * the PDF dossier is a rendering of the same document, so both always say the same.
 * Codes are the API's; every code has its Norwegian label beside it for readers.
 * The JSON Schema is docs/schemas/case-export.schema.json.
 */
export interface CaseExport {
  format: 'case-export';
  formatVersion: 1;
  /**
   * ISO 8601 UTC, when the document was made. It covers the case up to `chain.eventCount`; the
   * CaseExported event that follows records who exported it and its digest (exportDigest).
   */
  generatedAt: string;
  generatedBy: { id: string; name: string; role: string };
  organisation: { name: string | null; orgNumber: string | null };
  case: ExportedCase;
  /** NAV's form (same as GET /api/cases/:id/nav-application). */
  application: NavApplication;
  missing: NavFieldProblem[];
  eligibility: ExportedEligibilityRule[];
  absences: ExportedAbsence[];
  deadlines: ExportedDeadline[];
  risks: ExportedRisk[];
  actions: ExportedAction[];
  followUpPlans: ExportedFollowUpPlan[];
  dialogueMeetings: ExportedDialogueMeeting[];
  consents: ExportedConsent[];
  navDecision: ExportedNavDecision | null;
  /** Every event of the case stream in order, decrypted, with its hash. */
  timeline: ExportedEvent[];
  chain: ExportedChain;
}

export interface ExportedCase {
  id: string;
  title: string | null;
  summary: string | null;
  kind: string;
  kindLabel: string;
  status: string;
  statusLabel: string;
  openedAt: string;
  closedAt: string | null;
  employee: { id: string; name: string | null };
  unit: { id: string; name: string | null };
  leader: { id: string; name: string | null };
  /** First and last day (Europe/Oslo) the case's events cover. */
  period: { from: IsoDate; to: IsoDate };
}

export interface ExportedEligibilityRule extends EligibilityRule {
  label: string;
}

export interface ExportedAbsence {
  id: string;
  from: IsoDate;
  /** Null while the spell is open. */
  to: IsoDate | null;
  grade: number;
  kind: string;
  kindLabel: string;
}

export interface ExportedDeadline {
  code: string;
  label: string;
  dueDate: IsoDate;
  status: string;
  statusLabel: string;
  /** For statutory deadlines: the first day of the absence period they count from. */
  periodStart: IsoDate | null;
  /** For action_due: the action's id. */
  actionId: string | null;
}

export interface Person {
  id: string;
  name: string | null;
}

export interface ExportedRisk {
  id: string;
  factor: string;
  factorLabel: string;
  factorText: string | null;
  description: string | null;
  severity: string;
  severityLabel: string;
  source: string;
  sourceLabel: string;
  recordedAt: string;
  recordedBy: Person;
}

export interface Coded {
  code: string;
  label: string;
}

export interface ExportedAction {
  id: string;
  title: string | null;
  description: string | null;
  riskIds: string[];
  responsible: Person;
  dueDate: IsoDate;
  participants: Coded[];
  recordedAt: string;
  recordedBy: Person;
  completion: { completedOn: IsoDate; outcome: string | null; recordedBy: Person } | null;
  evaluations: { effect: string; effectLabel: string; note: string | null; recordedAt: string; recordedBy: Person }[];
}

export interface ExportedFollowUpPlan {
  id: string;
  madeOn: IsoDate;
  summary: string | null;
  sharedWithSickNoteWriter: boolean;
  recordedBy: Person;
}

export interface ExportedDialogueMeeting {
  id: string;
  number: number;
  heldOn: IsoDate;
  participants: Coded[];
  summary: string | null;
  recordedBy: Person;
}

export interface ExportedConsent {
  id: string;
  party: string;
  partyLabel: string;
  scope: string;
  scopeLabel: string;
  givenOn: IsoDate;
  recordedBy: Person;
}

export interface ExportedNavDecision {
  granted: boolean;
  amount: number | null;
  refundDeadline: IsoDate | null;
  decidedOn: IsoDate;
}

export interface ExportedEvent {
  eventId: string;
  version: number;
  position: number;
  type: string;
  occurredAt: string;
  /** The same instant in Europe/Oslo, e.g. "22.11.2026 10:15". */
  occurredAtLocal: string;
  actor: Person;
  /** What happened, in Norwegian (as on the timeline). */
  text: string;
  /** The event's data, decrypted; an erased personal field is `{ "$erased": true }`. */
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface ExportedChain {
  algorithm: string;
  eventCount: number;
  headHash: string;
  /** Whether the chain recomputed from the store held when the export was made. */
  valid: boolean;
}
