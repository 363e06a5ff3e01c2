import { ABSENCE_KINDS } from '../../codes';
import type { EndAbsence, RecordAbsence } from '../../commands';
import { daysInclusive, type IsoDate } from '../../dates';
import { DomainError } from '../../errors';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';
import type { AbsenceState, CaseState } from '../case-state';
import { assertNewId, type DecideContext } from '../decide-context';

/** Full leave; graded sick leave is 20–99 % (shared/domain.md). */
const FULL_LEAVE = 100;
const MIN_GRADE = 20;

/** Inclusive date ranges; an open spell (no `to`) runs until it is ended. */
function overlaps(a: { from: IsoDate; to?: IsoDate }, b: { from: IsoDate; to?: IsoDate }): boolean {
  const aEndsBeforeB = a.to !== undefined && a.to < b.from;
  const bEndsBeforeA = b.to !== undefined && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

function describe(spell: { from: IsoDate; to?: IsoDate }): string {
  return `${spell.from} – ${spell.to ?? 'open'}`;
}

/**
 * RecordAbsence: dates, grade and kind only. A self-certified absence (egenmelding) has an end,
 * lasts at most `selfCertifiedMaxDays` and is never graded. Spells of one case never overlap.
 */
export function recordAbsence({ data }: RecordAbsence, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const check = new FieldChecks();
  check.id('absenceId', data.absenceId);
  const fromValid = check.date('from', data.from);
  const toValid = check.date('to', data.to, { optional: true });
  if (fromValid && toValid && data.to! < data.from) check.add('to', 'TOO_EARLY', 'must not be before from');
  const gradeValid = check.number('grade', data.grade, { min: MIN_GRADE, max: FULL_LEAVE, whole: true });
  check.code('kind', data.kind, ABSENCE_KINDS);

  if (data.kind === 'self_certified') {
    const maxDays = ctx.rules.selfCertifiedMaxDays;
    if (data.to === undefined || data.to === null) {
      check.add('to', 'REQUIRED', 'is required for a self-certified absence');
    } else if (fromValid && toValid && !check.has('to') && daysInclusive(data.from, data.to) > maxDays) {
      check.add('to', 'TOO_LONG', `a self-certified absence lasts at most ${maxDays} calendar days`);
    }
    if (gradeValid && data.grade !== FULL_LEAVE) {
      check.add('grade', 'NOT_ALLOWED', 'a self-certified absence is not combined with graded leave: must be 100');
    }
  }
  check.throwIfAny();
  assertNewId(state.absences, data.absenceId, 'absence');

  const spell = { from: data.from, ...(data.to !== undefined && data.to !== null ? { to: data.to } : {}) };
  const clash = state.absences.find((existing) => overlaps(existing, spell));
  if (clash) {
    throw new DomainError('ABSENCE_OVERLAP', `The absence ${describe(spell)} overlaps the recorded absence ${describe(clash)}`);
  }
  return [
    {
      type: 'AbsenceRecorded',
      data: { absenceId: data.absenceId, ...spell, grade: data.grade, kind: data.kind },
    },
  ];
}

function findAbsence(state: CaseState, absenceId: string): AbsenceState {
  const absence = state.absences.find((a) => a.id === absenceId);
  if (!absence) throw new DomainError('ABSENCE_NOT_FOUND', `The case has no absence ${String(absenceId)}`);
  return absence;
}

/**
 * EndAbsence: ends an open spell. It can only shorten a spell that runs until ended, so it
 * cannot create an overlap; only the end-before-start check is needed.
 */
export function endAbsence({ data }: EndAbsence, state: CaseState): CaseEvent[] {
  const absence = findAbsence(state, data.absenceId);
  if (absence.to !== undefined) throw new DomainError('ABSENCE_ALREADY_ENDED', `The absence already ended on ${absence.to}`);
  const check = new FieldChecks();
  if (check.date('to', data.to) && data.to < absence.from) {
    check.add('to', 'TOO_EARLY', `must not be before the first day of absence (${absence.from})`);
  }
  check.throwIfAny();
  return [{ type: 'AbsenceEnded', data: { absenceId: data.absenceId, to: data.to } }];
}
