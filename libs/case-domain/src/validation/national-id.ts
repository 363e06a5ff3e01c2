import { dnr, fnr } from '@navikt/fnrvalidator';

/**
 * A Norwegian national identity number as NAV's expert-support form accepts it: 11 digits,
 * a fødselsnummer or a d-nummer, with a valid date and both check digits (NAV's own
 * validator, which also knows the 2032 check-digit rule). H-numbers (health-sector help
 * numbers) and synthetic test numbers are rejected: they identify no one to NAV.
 */
export function isValidNationalId(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{11}$/.test(value)) return false;
  const asFnr = fnr(value);
  if (asFnr.status === 'valid' && asFnr.type === 'fnr') return true;
  const asDnr = dnr(value);
  return asDnr.status === 'valid' && asDnr.type === 'dnr';
}
