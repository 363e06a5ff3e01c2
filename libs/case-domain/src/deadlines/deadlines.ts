import { addDays, daysInclusive, type IsoDate } from '../dates';
import type { ActionState, CaseState, DialogueMeetingState, FollowUpPlanState } from '../case/case-state';
import { personalText } from '../events/personal-fields';
import { DEADLINE_STATUS_LABELS_NB, type DeadlineStatus, type StatutoryDeadlineCode } from '../codes';
import { formatDateNb } from '../timeline/format-nb';
import { absencePeriods, FULL_LEAVE_GRADE, gradeOn, type AbsencePeriod, type AbsenceSpell } from './absence-periods';

/**
 * Statutory sick-leave deadlines and the due dates of agreed actions, as pure functions of the
 * case and today's date (shared/design.md "Statutory deadline codes"; shared/domain.md
 * "Sick-leave follow-up"). The rules and the choices made are described in ./README.md.
 */

/**
 * `duty`: something the employer (or NAV) must do by the date; it is met by a recorded event
 * and is overdue without one. `milestone`: a date the absence reaches by itself (the end of the
 * employer period, the activity requirement, the last day of sick pay); it is never overdue.
 */
export type DeadlineKind = 'duty' | 'milestone';

/** `due_soon`: the due date is one of the seven calendar days starting today (today + 0..6). */
export const DUE_SOON_DAYS = 7;

interface StatutoryRule {
  code: StatutoryDeadlineCode;
  /** Calendar days after the first day of the period (the first day is +0). */
  offsetDays: number;
  kind: DeadlineKind;
  explanation: string;
}

/** The statutory deadlines, in due-date order. Offsets from shared/design.md. */
export const STATUTORY_DEADLINES: readonly Readonly<StatutoryRule>[] = Object.freeze([
  {
    code: 'employer_period_end',
    offsetDays: 15,
    kind: 'milestone',
    explanation: 'Arbeidsgiveren betaler sykepenger de første 16 dagene, og fra dag 17 betaler NAV (folketrygdloven § 8-19).',
  },
  {
    code: 'follow_up_plan',
    offsetDays: 28,
    kind: 'duty',
    explanation: 'Oppfølgingsplanen skal være laget innen fire uker (AML § 4-6).',
  },
  {
    code: 'dialogue_meeting_1',
    offsetDays: 49,
    kind: 'duty',
    explanation: 'Arbeidsgiveren skal innkalle til dialogmøte 1 innen sju uker når arbeidstakeren er helt sykmeldt (AML § 4-6).',
  },
  {
    code: 'activity_requirement',
    offsetDays: 56,
    kind: 'milestone',
    explanation:
      'Innen åtte uker skal arbeidstakeren prøve seg i arbeidsrettet aktivitet, med mindre medisinske grunner hindrer det (folketrygdloven § 8-8).',
  },
  {
    code: 'follow_up_plan_update',
    offsetDays: 175,
    kind: 'duty',
    explanation: 'En oppdatert oppfølgingsplan skal sendes til NAV senest én uke før dialogmøte 2 (AML § 4-6).',
  },
  {
    code: 'dialogue_meeting_2',
    offsetDays: 182,
    kind: 'duty',
    explanation: 'NAV innkaller til dialogmøte 2 innen 26 uker (folketrygdloven § 8-7 a).',
  },
  {
    code: 'max_sick_pay',
    offsetDays: 364,
    kind: 'milestone',
    explanation: 'Retten til sykepenger tar slutt etter 52 uker (folketrygdloven § 8-12).',
  },
]);

/** The status label of one deadline: a milestone that is `met` has been reached ("Nådd"). */
export function deadlineStatusLabelNb(deadline: Pick<Deadline, 'kind' | 'status'>): string {
  return deadline.kind === 'milestone' && deadline.status === 'met' ? 'Nådd' : DEADLINE_STATUS_LABELS_NB[deadline.status];
}

interface DeadlineBase {
  kind: DeadlineKind;
  dueDate: IsoDate;
  status: DeadlineStatus;
  /** When it was met: the day of the matching event, or the due date of a reached milestone. */
  metOn?: IsoDate;
  /** Present when met: true when met after the due date. */
  late?: boolean;
  /** What the deadline is, in one Norwegian sentence. */
  explanation: string;
  /** Why this status, in one Norwegian sentence, when there is more to say (met, not_applicable). */
  statusNote?: string;
}

export interface StatutoryDeadline extends DeadlineBase {
  code: StatutoryDeadlineCode;
  /** The first day of the absence period the deadline counts from. */
  periodStart: IsoDate;
}

export interface ActionDeadline extends DeadlineBase {
  code: 'action_due';
  actionId: string;
  /** The action's title; null when erased. */
  title: string | null;
}

export type Deadline = StatutoryDeadline | ActionDeadline;

/** What the statutory deadlines need from a case (`CaseState` fits). */
export interface StatutoryDeadlineInput {
  absences: readonly AbsenceSpell[];
  followUpPlans: readonly Pick<FollowUpPlanState, 'madeOn'>[];
  dialogueMeetings: readonly Pick<DialogueMeetingState, 'number' | 'heldOn'>[];
}

type Outcome = Pick<DeadlineBase, 'status' | 'metOn' | 'late' | 'statusNote'>;

/** upcoming, due_soon or overdue by the calendar alone. */
function timing(dueDate: IsoDate, today: IsoDate): Outcome {
  const daysLeft = daysInclusive(today, dueDate) - 1;
  if (daysLeft < 0) return { status: 'overdue' };
  return { status: daysLeft < DUE_SOON_DAYS ? 'due_soon' : 'upcoming' };
}

function met(on: IsoDate, dueDate: IsoDate, what: string): Outcome {
  const late = on > dueDate;
  return {
    status: 'met',
    metOn: on,
    late,
    statusNote: `${what} ${formatDateNb(on)}${late ? ', etter fristen' : ''}.`,
  };
}

function endedBefore(period: AbsencePeriod): Outcome {
  return { status: 'not_applicable', statusNote: `Fraværet endte ${formatDateNb(period.end!)}, før fristen.` };
}

/**
 * A duty: met by the first matching event (late when after the due date); otherwise
 * not_applicable when the period ended before the due date; otherwise by the calendar.
 */
function duty(dueDate: IsoDate, period: AbsencePeriod, today: IsoDate, match: IsoDate | undefined, what: string): Outcome {
  if (match !== undefined) return met(match, dueDate, what);
  if (period.end !== undefined && period.end < dueDate) return endedBefore(period);
  return timing(dueDate, today);
}

/**
 * A milestone: not_applicable when the period ended before the date; `met` (reached) from the
 * due date on while the absence lasts; before that upcoming or due_soon. Never overdue.
 */
function milestone(dueDate: IsoDate, period: AbsencePeriod, today: IsoDate): Outcome {
  if (period.end !== undefined && period.end < dueDate) return endedBefore(period);
  if (today >= dueDate) return { status: 'met', metOn: dueDate, late: false, statusNote: `Nådd ${formatDateNb(dueDate)}.` };
  return timing(dueDate, today);
}

function sortedDates(dates: IsoDate[]): IsoDate[] {
  return [...dates].sort();
}

/**
 * The statutory deadlines of every absence period, counted in calendar days from the period's
 * first day. Events are matched to the period whose window holds them: from its first day up
 * to (not including) the first day of the next period.
 *
 * - follow_up_plan: the first follow-up plan made in the window.
 * - follow_up_plan_update: the second plan made in the window (an update of the first).
 * - dialogue_meeting_1 / dialogue_meeting_2: a dialogue meeting with that number held in the
 *   window. dialogue_meeting_1 applies only to full leave, judged by the grade on its due date
 *   (`gradeOn`): graded then → not_applicable (unless a meeting was held anyway: met).
 * - Milestones (employer_period_end, activity_requirement, max_sick_pay): see `milestone`.
 */
export function statutoryDeadlines(input: StatutoryDeadlineInput, today: IsoDate): StatutoryDeadline[] {
  const periods = absencePeriods(input.absences);
  const deadlines: StatutoryDeadline[] = [];

  periods.forEach((period, index) => {
    const windowEnd = periods[index + 1]?.start;
    const inWindow = (date: IsoDate) => date >= period.start && (windowEnd === undefined || date < windowEnd);
    const plans = sortedDates(input.followUpPlans.map((plan) => plan.madeOn).filter(inWindow));
    const meeting = (number: number) =>
      sortedDates(input.dialogueMeetings.filter((m) => m.number === number).map((m) => m.heldOn).filter(inWindow))[0];

    for (const rule of STATUTORY_DEADLINES) {
      const dueDate = addDays(period.start, rule.offsetDays);
      let outcome: Outcome;
      switch (rule.code) {
        case 'follow_up_plan':
          outcome = duty(dueDate, period, today, plans[0], 'Oppfølgingsplanen ble laget');
          break;
        case 'follow_up_plan_update':
          outcome = duty(dueDate, period, today, plans[1], 'Oppfølgingsplanen ble oppdatert');
          break;
        case 'dialogue_meeting_1': {
          const heldOn = meeting(1);
          const grade = gradeOn(period, dueDate);
          const ended = period.end !== undefined && period.end < dueDate;
          if (heldOn === undefined && !ended && grade !== undefined && grade < FULL_LEAVE_GRADE) {
            outcome = {
              status: 'not_applicable',
              statusNote: `Sykmeldingen er gradert (${grade} %) på fristdagen, så dialogmøte 1 er ikke påkrevd.`,
            };
          } else {
            outcome = duty(dueDate, period, today, heldOn, 'Dialogmøte 1 ble holdt');
          }
          break;
        }
        case 'dialogue_meeting_2':
          outcome = duty(dueDate, period, today, meeting(2), 'Dialogmøte 2 ble holdt');
          break;
        default:
          outcome = milestone(dueDate, period, today);
      }
      deadlines.push({
        code: rule.code,
        kind: rule.kind,
        periodStart: period.start,
        dueDate,
        ...outcome,
        explanation: rule.explanation,
      });
    }
  });
  return deadlines;
}

/** What the action deadlines need from an action (`ActionState` fits). */
export type ActionDeadlineInput = Pick<ActionState, 'id' | 'title' | 'dueDate'> & {
  completion?: Pick<NonNullable<ActionState['completion']>, 'completedOn'>;
};

/** Agreed actions: due on their due date, met by completion (late when completed after it). */
export function actionDeadlines(actions: readonly ActionDeadlineInput[], today: IsoDate): ActionDeadline[] {
  return actions.map((action) => {
    const title = personalText(action.title);
    const completedOn = action.completion?.completedOn;
    const outcome =
      completedOn !== undefined ? met(completedOn, action.dueDate, 'Tiltaket ble gjennomført') : timing(action.dueDate, today);
    return {
      code: 'action_due',
      kind: 'duty',
      actionId: action.id,
      title,
      dueDate: action.dueDate,
      ...outcome,
      explanation:
        title !== null
          ? `Tiltaket «${title}» skal være gjennomført innen fristen som ble avtalt.`
          : 'Tiltaket skal være gjennomført innen fristen som ble avtalt.',
    };
  });
}

/** True while a deadline still asks for something: not met and not not_applicable. */
export function isOpenDeadline(deadline: Pick<Deadline, 'status'>): boolean {
  return deadline.status !== 'met' && deadline.status !== 'not_applicable';
}

/**
 * Every deadline of a case, sorted by due date (statutory before actions on the same day,
 * statutory ones in their legal order). A closed case owes nothing: what is still open there
 * becomes not_applicable ("Saken er avsluttet."); met deadlines stay met.
 */
export function allDeadlines(
  state: StatutoryDeadlineInput & { actions: readonly ActionDeadlineInput[]; status?: CaseState['status'] },
  today: IsoDate,
): Deadline[] {
  const deadlines: Deadline[] = [...statutoryDeadlines(state, today), ...actionDeadlines(state.actions, today)];
  const sorted = deadlines
    .map((deadline, index) => ({ deadline, index }))
    .sort((a, b) => (a.deadline.dueDate < b.deadline.dueDate ? -1 : a.deadline.dueDate > b.deadline.dueDate ? 1 : a.index - b.index))
    .map(({ deadline }) => deadline);
  if (state.status !== 'closed') return sorted;
  return sorted.map((deadline) =>
    isOpenDeadline(deadline) ? { ...deadline, status: 'not_applicable', statusNote: 'Saken er avsluttet.' } : deadline,
  );
}

/** The earliest deadline that still asks for something (for the case list); undefined if none. */
export function nextDeadline<D extends Deadline>(deadlines: readonly D[]): D | undefined {
  let next: D | undefined;
  for (const deadline of deadlines) {
    if (isOpenDeadline(deadline) && (next === undefined || deadline.dueDate < next.dueDate)) next = deadline;
  }
  return next;
}
