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

  // NAV expert support (tilskudd til ekspertbistand), shared/domain.md "NAV tilskudd til
  // ekspertbistand" and "Sick-leave follow-up". Used by `buildNavApplication` (nav/).

  /**
   * Long absence (langvarig sykefravær): an absence period (spells less than 16 days apart)
   * lasting at least this many calendar days up to today. 56 = eight weeks, the activity
   * requirement milestone; NAV gives no number, so this is the employer's choice.
   */
  longAbsenceDays: number;
  /**
   * Recurring absence (gjentakende sykefravær) has no legal definition; NAV's research uses
   * "six or more sick-note absences within three years" (domain.md). Employers often use a
   * lower internal trigger, e.g. 3 spells in 12 months (unverified practice).
   */
  recurringAbsenceSpells: number;
  /** The window of `recurringAbsenceSpells`, in calendar months ending today (NAV: 36). */
  recurringAbsenceMonths: number;
  /**
   * Whether self-certified spells (egenmelding) count towards recurring absence. NAV's
   * definition counts sick-note absences only (false); an internal trigger may count all.
   */
  recurringAbsenceCountsSelfCertified: boolean;
  /**
   * NAV's grant cap per case, NOK: 23 100 on a NAV page (undated, probably 2024); vendors cite
   * about 24 000 for 2025 (unverified). Costs above it are the employer's: a warning only.
   */
  expertSupportGrantCap: number;
}

export const DEFAULT_RULES: Readonly<CaseRules> = Object.freeze({
  selfCertifiedMaxDays: 3,
  maxEstimatedCost: 100_000,
  timeZone: 'Europe/Oslo',
  longAbsenceDays: 56,
  recurringAbsenceSpells: 6,
  recurringAbsenceMonths: 36,
  recurringAbsenceCountsSelfCertified: false,
  expertSupportGrantCap: 23_100,
});
