/** Weights of the organisation number's check digit (Brønnøysundregistrene, modulus 11). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * A Norwegian organisation number (organisasjonsnummer / virksomhetsnummer): 9 digits whose
 * last is the mod-11 check digit of the first 8. Remainder 0 gives check digit 0; remainder 1
 * would need 10, so no valid number has it.
 */
export function isValidOrgNumber(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === digits[8];
}
