/** The shapes of the API's answers the console reads (see the API's DTOs and read models). */
import type {
  AbsenceKind,
  CaseKind,
  ConsentParty,
  DeadlineStatus,
  EvaluationEffect,
  Participant,
  RiskFactor,
  RiskSource,
  Severity,
} from './codes';

export type Role = 'admin' | 'hr' | 'leader' | 'safety_rep';

export interface User {
  id: string;
  email: string;
  name: string;
  phone?: string | null;
  role: Role;
}

export interface Session {
  csrfToken: string;
  user: User;
}

export interface Unit {
  id: string;
  name: string;
}

export interface Organisation {
  name: string | null;
  orgNumber: string | null;
  version: number;
}

export interface EmployeeListItem {
  id: string;
  name: string | null;
  unitId: string;
  unitName: string | null;
  position: string | null;
  status: string;
}

export interface Employee {
  id: string;
  status: 'active' | 'erased' | 'empty';
  name: string | null;
  nationalId: string | null;
  unitId: string;
  position: string | null;
}

export interface DeadlineSummary {
  code: string;
  label: string;
  dueDate: string;
  status: DeadlineStatus;
}

export type { DeadlineStatus };

export interface CaseListItem {
  id: string;
  title: string | null;
  status: 'open' | 'closed';
  kind: CaseKind;
  employee: { id: string; name: string | null };
  unit: { id: string; name: string | null };
  leader: { id: string; name: string | null };
  openRisks: number;
  openActions: number;
  currentAbsence: { from: string; to: string | null; grade: number; kind: AbsenceKind } | null;
  nextDeadline: DeadlineSummary | null;
  lastActivityAt: string;
  version: number;
}

export interface CasePage {
  items: CaseListItem[];
  nextCursor: string | null;
}

interface Recorded {
  recordedAt: string;
  recordedBy: string;
}

export interface Risk extends Recorded {
  id: string;
  factor: RiskFactor;
  factorText: string | null;
  description: string | null;
  severity: Severity;
  source: RiskSource;
}

export interface Action extends Recorded {
  id: string;
  title: string | null;
  description: string | null;
  riskIds: string[];
  responsibleId: string;
  dueDate: string;
  participants: Participant[];
  completion?: Recorded & { completedOn: string; outcome: string | null };
  evaluations: (Recorded & { effect: EvaluationEffect; note: string | null })[];
}

export interface Absence extends Recorded {
  id: string;
  from: string;
  to?: string;
  grade: number;
  kind: AbsenceKind;
}

export interface FollowUpPlan extends Recorded {
  id: string;
  madeOn: string;
  summary: string | null;
  sharedWithSickNoteWriter: boolean;
}

export interface DialogueMeeting extends Recorded {
  id: string;
  number: 1 | 2 | 3;
  heldOn: string;
  participants: Participant[];
  summary: string | null;
}

export interface Consent extends Recorded {
  id: string;
  party: ConsentParty;
  scope: string;
  givenOn: string;
}

export interface ExpertSupport extends Recorded {
  requestId: string;
  expert: { name: string | null; company: string | null; competence: string | null };
  reason: string | null;
  need: string | null;
  accommodationTried: string | null;
  hours: number;
  estimatedCost: number;
  startDate: string;
  navContact: string | null;
}

export interface NavDecision extends Recorded {
  decisionId: string;
  granted: boolean;
  amount?: number;
  refundDeadline?: string;
  decidedOn: string;
}

export interface Note extends Recorded {
  id: string;
  text: string | null;
}

export interface CaseState {
  id: string;
  status: 'open' | 'closed' | 'empty';
  employeeId: string;
  leaderId: string;
  unitId: string;
  kind: CaseKind | null;
  title: string | null;
  summary: string | null;
  openedAt: string;
  openedBy: string;
  closedAt?: string;
  closedReason?: string | null;
  risks: Risk[];
  actions: Action[];
  absences: Absence[];
  followUpPlans: FollowUpPlan[];
  dialogueMeetings: DialogueMeeting[];
  consents: Consent[];
  expertSupport?: ExpertSupport;
  navDecision?: NavDecision;
  notes: Note[];
  version: number;
  updatedAt?: string;
  /** Names for the header (GET /api/cases/:id only); null when unknown or erased. */
  names?: CaseNames;
}

export interface CaseNames {
  employee: string | null;
  leader: string | null;
  unit: string | null;
}

/** One read of (or refused attempt at) a case, from GET /api/cases/:id/access-log. */
export interface AccessLogEntry {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  caseId: string;
  /** e.g. `read:case`, `export:pdf`, `command:IdentifyRisk` (refused commands only). */
  action: string;
  outcome: 'allowed' | 'denied';
}

export interface TimelineEntry {
  version: number;
  position: number;
  type: string;
  occurredAt: string;
  occurredAtLocal: string;
  actor: { id: string; name: string | null };
  text: string;
  hash: string;
}

export interface Deadline {
  code: string;
  kind: 'duty' | 'milestone';
  dueDate: string;
  status: DeadlineStatus;
  explanation?: string;
  statusNote?: string;
  metOn?: string;
  late?: boolean;
  label: string;
  statusLabel: string;
  actionId?: string;
  title?: string | null;
}

export interface CrossCaseDeadline {
  caseId: string;
  caseTitle: string | null;
  employeeName: string | null;
  code: string;
  dueDate: string;
  status: DeadlineStatus;
  label: string;
}

// GET /api/cases/:id/nav-application answers the domain's result as it is (types only: erased at build).
export type {
  EligibilityRule,
  NavApplicationResult as NavApplicationAnswer,
  NavFieldProblem,
} from '../../../../libs/case-domain/src/nav/nav-application';

export interface Verification {
  valid: boolean;
  eventCount: number;
  headHash: string | null;
  firstInvalidVersion?: number | null;
}

export interface FactorFigures {
  factor: RiskFactor;
  label: string;
  risks: { low: number; medium: number; high: number; total: number };
  actions: { open: number; completed: number };
  effects: { effective: number; partly_effective: number; not_effective: number; not_evaluated: number };
}

export interface UnitFigures {
  unitId: string;
  unitName: string | null;
  suppressed: boolean;
  cases: number | null;
  factors: FactorFigures[];
}

export interface RiskRegister {
  minCases: number;
  units: UnitFigures[];
}
