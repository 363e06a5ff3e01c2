import { FACTOR_LABELS_NB, RISK_FACTORS, type RiskFactor } from '@app/case-domain';
import type { Pool } from 'pg';

export interface FactorFigures {
  factor: RiskFactor;
  label: string;
  risks: { low: number; medium: number; high: number; total: number };
  actions: { open: number; completed: number };
  /** The latest evaluation of each completed measure. */
  effects: { effective: number; partly_effective: number; not_effective: number; not_evaluated: number };
}

export interface UnitFigures {
  unitId: string;
  unitName: string | null;
  /** Fewer cases than the threshold: no breakdown, so that nobody can be recognised. */
  suppressed: boolean;
  cases: number | null;
  factors: FactorFigures[];
}

/**
 * The risk register for the systematic HSE work (§ 3-1, § 4-3): per unit and § 4-3 factor,
 * risks by severity, measures open and completed and their evaluated effect. Aggregates only:
 * no names, no free text, no case ids. Read from the case_list model, whose stored case state
 * holds no personal data.
 */
export async function riskRegister(pool: Pool, minCases: number, unitId?: string): Promise<{ minCases: number; units: UnitFigures[] }> {
  const filter = unitId ? 'WHERE u.unit_id = $1' : '';
  const params = unitId ? [unitId] : [];
  const units = await pool.query(
    `SELECT u.unit_id, u.name, count(c.case_id)::int AS cases
     FROM rm_units u LEFT JOIN rm_cases c ON c.unit_id = u.unit_id ${filter}
     GROUP BY u.unit_id, u.name ORDER BY u.name`,
    params,
  );
  const risks = await pool.query(
    `SELECT c.unit_id, r->>'factor' AS factor, r->>'severity' AS severity, count(*)::int AS n
     FROM rm_cases c, jsonb_array_elements(c.state->'risks') r ${filter.replace('u.unit_id', 'c.unit_id')}
     GROUP BY 1, 2, 3`,
    params,
  );
  // A measure counts for every factor among the risks it answers.
  const actions = await pool.query(
    `SELECT c.unit_id, r->>'factor' AS factor,
            count(*) FILTER (WHERE NOT a ? 'completion')::int AS open,
            count(*) FILTER (WHERE a ? 'completion')::int AS completed,
            count(*) FILTER (WHERE a ? 'completion' AND a->'evaluations'->-1->>'effect' = 'effective')::int AS effective,
            count(*) FILTER (WHERE a ? 'completion' AND a->'evaluations'->-1->>'effect' = 'partly_effective')::int AS partly_effective,
            count(*) FILTER (WHERE a ? 'completion' AND a->'evaluations'->-1->>'effect' = 'not_effective')::int AS not_effective,
            count(*) FILTER (WHERE a ? 'completion' AND jsonb_array_length(a->'evaluations') = 0)::int AS not_evaluated
     FROM rm_cases c
     CROSS JOIN jsonb_array_elements(c.state->'actions') a
     CROSS JOIN jsonb_array_elements_text(a->'riskIds') rid
     JOIN jsonb_array_elements(c.state->'risks') r ON r->>'id' = rid
     ${filter.replace('u.unit_id', 'c.unit_id')}
     GROUP BY 1, 2`,
    params,
  );
  return {
    minCases,
    units: units.rows.map((unit) => {
      const suppressed = unit.cases < minCases;
      return {
        unitId: unit.unit_id,
        unitName: unit.name,
        suppressed,
        cases: suppressed ? null : unit.cases,
        factors: suppressed ? [] : factorsOf(unit.unit_id, risks.rows, actions.rows),
      };
    }),
  };
}

function factorsOf(unitId: string, risks: Record<string, any>[], actions: Record<string, any>[]): FactorFigures[] {
  return RISK_FACTORS.map((factor) => {
    const ours = risks.filter((r) => r.unit_id === unitId && r.factor === factor);
    const count = (severity: string) => ours.filter((r) => r.severity === severity).reduce((sum, r) => sum + r.n, 0);
    const a = actions.find((row) => row.unit_id === unitId && row.factor === factor);
    return {
      factor,
      label: FACTOR_LABELS_NB[factor],
      risks: { low: count('low'), medium: count('medium'), high: count('high'), total: ours.reduce((sum, r) => sum + r.n, 0) },
      actions: { open: a?.open ?? 0, completed: a?.completed ?? 0 },
      effects: {
        effective: a?.effective ?? 0,
        partly_effective: a?.partly_effective ?? 0,
        not_effective: a?.not_effective ?? 0,
        not_evaluated: a?.not_evaluated ?? 0,
      },
    };
  });
}
