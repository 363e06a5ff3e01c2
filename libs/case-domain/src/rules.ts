/**
 * Business thresholds that change over time or between employers (shared/domain.md: "rules
 * that change belong in configuration with the value below as default"). The API builds a
 * `CaseRules` from its configuration and passes it to every decide call.
 */
export interface CaseRules {
  /**
   * Longest self-certified absence (egenmelding), in calendar days inclusive. 3 by law;
   * employers in the former IA scheme may allow up to 8.
   */
  selfCertifiedMaxDays: number;
  /** Upper limit of `estimatedCost` in NAV's expert-support form (NOK). Not the grant cap. */
  maxEstimatedCost: number;
  /** The time zone whose calendar date is "today" (rules like "not in the future"). */
  timeZone: string;
}

export const DEFAULT_RULES: Readonly<CaseRules> = Object.freeze({
  selfCertifiedMaxDays: 3,
  maxEstimatedCost: 100_000,
  timeZone: 'Europe/Oslo',
});
