import { DEADLINE_LABELS_NB, allDeadlines, deadlineStatusLabelNb, isOpenDeadline, type CaseState, type IsoDate } from '@app/case-domain';
import type { Pool } from 'pg';

/**
 * Open deadlines due before `before` across the cases one may see (a leader: their own),
 * earliest first, with the case's title and employee for the work list. Candidates come from
 * the case_list model's deadline facts; statuses are decided for today by the domain.
 */
export async function deadlinesBefore(pool: Pool, before: IsoDate, today: IsoDate, leaderId?: string) {
  const { rows } = await pool.query(
    `SELECT c.case_id, c.title, c.state, c.leader_id, e.name AS employee_name
     FROM rm_cases c LEFT JOIN rm_employees e ON e.employee_id = c.employee_id
     WHERE EXISTS (SELECT 1 FROM rm_case_deadlines d WHERE d.case_id = c.case_id AND d.open AND d.due_date < $1)
       ${leaderId ? 'AND c.leader_id = $2' : ''}`,
    leaderId ? [before, leaderId] : [before],
  );
  return rows
    .flatMap((row) =>
      allDeadlines(row.state as CaseState, today)
        .filter((d) => isOpenDeadline(d) && d.dueDate < before)
        .map((d) => ({
          caseId: row.case_id as string,
          caseTitle: row.title as string | null,
          employeeName: row.employee_name as string | null,
          ...d,
          label: DEADLINE_LABELS_NB[d.code],
          statusLabel: deadlineStatusLabelNb(d),
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseId.localeCompare(b.caseId));
}
