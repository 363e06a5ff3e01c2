import { RISK_FACTORS, RISK_SOURCES, SEVERITIES } from '../../codes';
import type { IdentifyRisk } from '../../commands';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks, optionalText } from '../../validation/field-checks';
import type { CaseState } from '../case-state';
import { assertNewId } from '../decide-context';

/** IdentifyRisk: a § 4-3 factor (or `other` named in factorText), severity and source. */
export function identifyRisk({ data }: IdentifyRisk, state: CaseState): CaseEvent[] {
  const check = new FieldChecks();
  check.id('riskId', data.riskId);
  const factorValid = check.code('factor', data.factor, RISK_FACTORS);
  if (factorValid && data.factor === 'other' && optionalText(data.factorText) === undefined) {
    check.add('factorText', 'REQUIRED', 'is required when factor is other');
  }
  check.text('factorText', data.factorText, { optional: true });
  check.text('description', data.description);
  check.code('severity', data.severity, SEVERITIES);
  check.code('source', data.source, RISK_SOURCES);
  check.throwIfAny();
  assertNewId(state.risks, data.riskId, 'risk');

  const factorText = optionalText(data.factorText);
  return [
    {
      type: 'RiskIdentified',
      data: {
        riskId: data.riskId,
        factor: data.factor,
        ...(factorText !== undefined ? { factorText } : {}),
        description: data.description,
        severity: data.severity,
        source: data.source,
      },
    },
  ];
}
