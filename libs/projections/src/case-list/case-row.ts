import { allDeadlines, type CaseState } from '@app/case-domain';

/** A date before every case: deadlines computed "as of" it carry only what does not depend on today. */
const BEFORE_ALL = '0001-01-01';

export interface StaticDeadline {
  kind: 'duty' | 'milestone';
  dueDate: string;
  /** Not met and not inapplicable on the facts alone; whether it is overdue depends on today. */
  open: boolean;
}

/** The list's counters: risks no completed measure answers yet, and measures not carried out. */
export function counts(state: CaseState): { openRisks: number; openActions: number } {
  const answered = new Set(state.actions.filter((a) => a.completion).flatMap((a) => a.riskIds));
  return {
    openRisks: state.risks.filter((r) => !answered.has(r.id)).length,
    openActions: state.actions.filter((a) => !a.completion).length,
  };
}

/**
 * The case's deadlines as far as the events decide them: met and not-applicable ones are
 * settled; the rest are open until their date (a duty then becomes overdue, a milestone is
 * reached). Kept in a table so that "overdue" can be filtered in SQL for any day.
 */
export function staticDeadlines(state: CaseState): StaticDeadline[] {
  return allDeadlines(state, BEFORE_ALL).map((d) => ({
    kind: d.kind,
    dueDate: d.dueDate,
    open: d.status !== 'met' && d.status !== 'not_applicable',
  }));
}
