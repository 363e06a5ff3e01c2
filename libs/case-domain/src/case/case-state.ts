import type {
  AbsenceKind,
  CaseKind,
  CaseStatus,
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
 * Personal free text as the state holds it: null when absent or erased (after the employee's
 * erasure the store returns `{ $erased: true }` for it).
 */
export type PersonalText = string | null;

/** Who recorded something and when (ISO timestamps from the event metadata). */
export interface Recorded {
  recordedAt: string;
  recordedBy: string;
}

export interface RiskState extends Recorded {
  id: string;
  factor: RiskFactor;
  factorText: PersonalText;
  description: PersonalText;
  severity: Severity;
  source: RiskSource;
}

export interface ActionCompletion extends Recorded {
  completedOn: IsoDate;
  outcome: PersonalText;
}

export interface ActionEvaluation extends Recorded {
  effect: EvaluationEffect;
  note: PersonalText;
}

export interface ActionState extends Recorded {
  id: string;
  title: PersonalText;
  description: PersonalText;
  riskIds: string[];
  responsibleId: string;
  dueDate: IsoDate;
  participants: Participant[];
  completion?: ActionCompletion;
  /** Oldest first; an action may be evaluated again and again over time. */
  evaluations: ActionEvaluation[];
}

export interface AbsenceState extends Recorded {
  id: string;
  from: IsoDate;
  /** The last day of absence; absent while the spell is open. */
  to?: IsoDate;
  grade: number;
  kind: AbsenceKind;
  /** When AbsenceEnded closed the open spell. */
  endedAt?: string;
}

export interface FollowUpPlanState extends Recorded {
  id: string;
  madeOn: IsoDate;
  summary: PersonalText;
  sharedWithSickNoteWriter: boolean;
}

export interface DialogueMeetingState extends Recorded {
  id: string;
  number: 1 | 2 | 3;
  heldOn: IsoDate;
  participants: Participant[];
  summary: PersonalText;
}

export interface ConsentState extends Recorded {
  id: string;
  party: ConsentParty;
  scope: ConsentScope;
  givenOn: IsoDate;
}

export interface ExpertSupportState extends Recorded {
  requestId: string;
  expert: { name: PersonalText; company: PersonalText; competence: PersonalText };
  reason: PersonalText;
  need: PersonalText;
  accommodationTried: PersonalText;
  hours: number;
  estimatedCost: number;
  startDate: IsoDate;
  navContact: PersonalText;
}

export interface NavDecisionState extends Recorded {
  decisionId: string;
  granted: boolean;
  amount?: number;
  refundDeadline?: IsoDate;
  decidedOn: IsoDate;
}

export interface NoteState extends Recorded {
  id: string;
  text: PersonalText;
}

/**
 * One case as `GET /api/cases/:id` shows it, folded from its stream by `evolveCase`.
 * `status` is `empty` before CaseOpened (the stream does not exist).
 */
export interface CaseState {
  id: string;
  status: CaseStatus | 'empty';
  employeeId: string;
  leaderId: string;
  unitId: string;
  /** Null only while empty. */
  kind: CaseKind | null;
  title: PersonalText;
  summary: PersonalText;
  /** When the case was opened and by whom (event metadata). */
  openedAt: string;
  openedBy: string;
  /** Present while closed. */
  closedAt?: string;
  closedReason?: PersonalText;
  risks: RiskState[];
  actions: ActionState[];
  absences: AbsenceState[];
  followUpPlans: FollowUpPlanState[];
  dialogueMeetings: DialogueMeetingState[];
  consents: ConsentState[];
  /** The latest expert-support request; earlier ones stay in the timeline. */
  expertSupport?: ExpertSupportState;
  /** NAV's latest decision on that request; cleared by a new request. */
  navDecision?: NavDecisionState;
  notes: NoteState[];
  /** Number of events in the stream: the version for `If-Match` / ETag. */
  version: number;
  /** occurredAt of the latest event. */
  updatedAt?: string;
}

export const initialCaseState: Readonly<CaseState> = Object.freeze({
  id: '',
  status: 'empty',
  employeeId: '',
  leaderId: '',
  unitId: '',
  kind: null,
  title: null,
  summary: null,
  openedAt: '',
  openedBy: '',
  risks: [],
  actions: [],
  absences: [],
  followUpPlans: [],
  dialogueMeetings: [],
  consents: [],
  notes: [],
  version: 0,
});

export function caseExists(state: CaseState): boolean {
  return state.status !== 'empty';
}
