import type { CaseState } from '@app/case-domain';
import type { Pool } from 'pg';

export interface CaseNames {
  /** Null when erased (or not yet in the directory). */
  employee: string | null;
  leader: string | null;
  unit: string | null;
}

/**
 * The names a case page shows in its header, for everyone who may see the case (a leader may
 * not look employees up, but sees the name of the person in their own case).
 */
export async function caseNames(pool: Pool, state: Pick<CaseState, 'employeeId' | 'leaderId' | 'unitId'>): Promise<CaseNames> {
  const { rows } = await pool.query(
    `SELECT (SELECT name FROM rm_employees WHERE employee_id = $1) AS employee,
            (SELECT name FROM users WHERE id = $2) AS leader,
            (SELECT name FROM rm_units WHERE unit_id = $3) AS unit`,
    [state.employeeId, state.leaderId, state.unitId],
  );
  return rows[0];
}
