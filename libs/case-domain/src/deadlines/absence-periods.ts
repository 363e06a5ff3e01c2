import type { AbsenceKind } from '../codes';
import { addDays, type IsoDate } from '../dates';

/** One spell of absence as the case state holds it (`AbsenceState` fits). */
export interface AbsenceSpell {
  from: IsoDate;
  /** The last day of absence; absent while the spell is open. */
  to?: IsoDate;
  /** Percent: 100 full leave, 20–99 graded. */
  grade: number;
  kind: AbsenceKind;
}

/** Full leave (100 %); anything below is graded sick leave (shared/domain.md). */
export const FULL_LEAVE_GRADE = 100;

/**
 * Spells belong to the same period when fewer than this many calendar days lie *between* them
 * (folketrygdloven § 8-19: "mindre enn 16 kalenderdager mellom to fravær").
 */
export const PERIOD_GAP_DAYS = 16;

/**
 * An absence period (sykefraværstilfelle): spells less than 16 days apart, counted from the
 * first day of the first spell. The statutory deadlines run from `start`.
 */
export interface AbsencePeriod<S extends AbsenceSpell = AbsenceSpell> {
  /** The first day of absence of the period. */
  start: IsoDate;
  /** The last day of absence of the period; absent while one of its spells is open. */
  end?: IsoDate;
  /** Its spells, oldest first. */
  spells: S[];
  /**
   * `full` when every spell is 100 %, `graded` when none is, `mixed` otherwise. A summary
   * only: dialogue_meeting_1 is judged by `gradeOn(period, dueDate)`.
   */
  leave: 'full' | 'graded' | 'mixed';
}

function byStart(a: AbsenceSpell, b: AbsenceSpell): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  // An open spell sorts after a closed one starting the same day.
  return (a.to ?? '9999-12-31') < (b.to ?? '9999-12-31') ? -1 : 1;
}

/**
 * Groups spells into periods. "Less than 16 days apart" counts the calendar days *between*
 * the last day of one spell and the first day of the next, both excluded (the days at work):
 * a spell ending 10 January continues the period when the next begins on or before
 * 26 January (11–25 January: 15 days between) and starts a new one from 27 January
 * (16 days between). Equivalently: same period when `next.from <= previous.to + 16 days`.
 *
 * An open spell (no `to`) keeps its period open: any later spell belongs to it (the decider
 * forbids overlapping spells, so a later one only appears in inconsistent input).
 */
export function absencePeriods<S extends AbsenceSpell>(absences: readonly S[]): AbsencePeriod<S>[] {
  const periods: AbsencePeriod<S>[] = [];
  let current: { start: IsoDate; end?: IsoDate; open: boolean; spells: S[] } | undefined;

  const close = () => {
    if (!current) return;
    const grades = current.spells.map((spell) => spell.grade >= FULL_LEAVE_GRADE);
    const leave = grades.every(Boolean) ? 'full' : grades.some(Boolean) ? 'mixed' : 'graded';
    periods.push({
      start: current.start,
      ...(current.open ? {} : { end: current.end }),
      spells: current.spells,
      leave,
    });
  };

  for (const spell of [...absences].sort(byStart)) {
    const continues =
      current !== undefined && (current.open || spell.from <= addDays(current.end!, PERIOD_GAP_DAYS));
    if (current && continues) {
      current.spells.push(spell);
      if (spell.to === undefined) current.open = true;
      else if (!current.open && spell.to > current.end!) current.end = spell.to;
      continue;
    }
    close();
    current = { start: spell.from, end: spell.to, open: spell.to === undefined, spells: [spell] };
  }
  close();
  return periods;
}

/**
 * The grade on `date` within a period: the spell covering that day, or, on a day between
 * spells (at work) or after the last known day of an open spell, the grade of the latest spell
 * begun on or before it. Undefined before the period starts.
 */
export function gradeOn(period: AbsencePeriod, date: IsoDate): number | undefined {
  let grade: number | undefined;
  for (const spell of period.spells) {
    if (spell.from > date) break;
    grade = spell.grade;
  }
  return grade;
}
