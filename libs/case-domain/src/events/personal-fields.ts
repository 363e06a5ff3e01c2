import type { EventType } from './domain-events';

/**
 * The fields of each event's `data` (dot paths) that hold personal data or free text. The
 * event store encrypts them with the data key of the employee the event is about, so erasing
 * that key erases them (crypto-shredding, docs/decisions/0005). Free text is included because
 * anything can be written in it. Codes, dates, ids, numbers and booleans stay readable: the
 * deadlines and the risk register need them, and alone they identify no one.
 *
 * The `Record` makes the compiler demand an entry for every new event type: decide it on day
 * one, events are immutable.
 */
export const PERSONAL_FIELDS: Readonly<Record<EventType, readonly string[]>> = Object.freeze({
  CaseOpened: ['title', 'summary'],
  RiskIdentified: ['factorText', 'description'],
  ActionAgreed: ['title', 'description'],
  ActionCompleted: ['outcome'],
  ActionEvaluated: ['note'],
  AbsenceRecorded: [],
  AbsenceEnded: [],
  FollowUpPlanRecorded: ['summary'],
  DialogueMeetingHeld: ['summary'],
  ConsentRecorded: [],
  // The expert's company and competence are free text too ("psychologist specialised in ..."
  // can say more about the employee than intended), so all three are encrypted.
  ExpertSupportRequested: [
    'expert.name',
    'expert.company',
    'expert.competence',
    'reason',
    'need',
    'accommodationTried',
    'navContact',
  ],
  NavDecisionRecorded: [],
  NoteAdded: ['text'],
  CaseExported: [],
  CaseClosed: ['reason'],
  CaseReopened: ['reason'],
  EmployeeRegistered: ['name', 'nationalId', 'position'],
  // Why a person was erased is the employer's audit record and must outlive the key; the API
  // asks for a reason that does not describe the person (e.g. "GDPR art. 17 request").
  EmployeeErased: [],
});

/** The event store port's `PersonalData` shape (the domain imports nothing from other libs). */
export interface PersonalDataSpec {
  subjectId: string;
  fields: string[];
}

/**
 * What to pass as `personal` when appending an event of `type` about `subjectId` (the case's
 * employee, or the employee of an employee stream); undefined when the type holds none.
 */
export function personalDataOf(type: EventType, subjectId: string): PersonalDataSpec | undefined {
  const fields = PERSONAL_FIELDS[type];
  if (!fields || fields.length === 0) return undefined;
  return { subjectId, fields: [...fields] };
}

/**
 * A personal text field as read from the store: the string, or null when it is absent or was
 * erased (the store then returns `{ $erased: true }`, or ciphertext when read undecrypted).
 */
export function personalText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
