import type { Pool } from 'pg';
import { escapeLike } from './escape-like';

export interface EmployeeListRow {
  id: string;
  name: string;
  unitId: string;
  unitName: string | null;
  position: string | null;
}

/** At most this many rows: the list is for choosing a person, narrowed by typing a name. */
export const EMPLOYEE_LIST_LIMIT = 200;

/**
 * Active employees from the directory read model, by name, for choosing the person a case is
 * about. National ids stay out of lists; erased employees have no name left to show.
 */
export async function listEmployees(pool: Pool, filter: { q?: string; unitId?: string }): Promise<EmployeeListRow[]> {
  const { rows } = await pool.query(
    `SELECT e.employee_id AS id, e.name, e.unit_id AS "unitId", u.name AS "unitName", e.position
     FROM rm_employees e LEFT JOIN rm_units u ON u.unit_id = e.unit_id
     WHERE e.status = 'active'
       AND ($1::text IS NULL OR e.name ILIKE '%' || $1 || '%')
       AND ($2::uuid IS NULL OR e.unit_id = $2)
     ORDER BY e.name, e.employee_id LIMIT ${EMPLOYEE_LIST_LIMIT}`,
    [filter.q?.trim() ? escapeLike(filter.q.trim()) : null, filter.unitId ?? null],
  );
  return rows;
}

