import { RISK_FACTORS, SEVERITIES, RISK_SOURCES, type RiskFactor, type Severity, type RiskSource } from '@app/case-domain';
import { OptionalText, RequiredCode, RequiredText } from '../../../http/dto-fields';

/** The body of …/risks. */
export class IdentifyRiskDto {
  @RequiredCode(RISK_FACTORS, 'The § 4-3 factor; other needs factorText')
  factor: RiskFactor;

  @OptionalText('Omorganisering uten medvirkning', 200, 'Required when factor is other')
  factorText?: string;

  @RequiredText('Flere i teamet beskriver uklare forventninger etter omorganiseringen')
  description: string;

  @RequiredCode(SEVERITIES)
  severity: Severity;

  @RequiredCode(RISK_SOURCES)
  source: RiskSource;
}
