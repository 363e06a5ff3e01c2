import { idnr } from '@navikt/fnrvalidator';
import { isValidNationalId } from './national-id';

/**
 * Appends both check digits to 9 digits (birth date and individual number) with the classic
 * algorithm (Skatteetaten): k1 weights 3 7 6 1 8 9 4 5 2, k2 weights 5 4 3 2 7 6 5 4 3 2,
 * each 11 - (sum mod 11), 11 -> 0, 10 -> no valid number.
 */
function withCheckDigits(nine: string): string {
  const digits = [...nine].map(Number);
  const checkDigit = (weights: number[]) => {
    const rest = weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11;
    const k = rest === 0 ? 0 : 11 - rest;
    if (k === 10) throw new Error(`${nine} has no valid check digit; pick another individual number`);
    return k;
  };
  digits.push(checkDigit([3, 7, 6, 1, 8, 9, 4, 5, 2]));
  digits.push(checkDigit([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
  return digits.join('');
}

const FNR_BASES = ['150385123', '290200456', '010190124', '311299987'];
const DNR_BASES = ['410190123', '710885321']; // day + 40
const HNR_BASES = ['014190123']; // month + 40: health-sector help number
const TNR_BASES = ['018190123']; // month + 80: synthetic test number

describe('isValidNationalId', () => {
  it.each([...FNR_BASES, ...DNR_BASES])('accepts %s with its check digits', (base) => {
    const value = withCheckDigits(base);
    expect(isValidNationalId(value)).toBe(true);
    // Double-check the computed value with NAV's own validator.
    expect(idnr(value).status).toBe('valid');
  });

  it.each([...FNR_BASES, ...DNR_BASES])('refuses %s with any single digit changed', (base) => {
    const value = withCheckDigits(base);
    for (let position = 0; position < 11; position += 1) {
      for (let delta = 1; delta < 10; delta += 1) {
        const digit = (Number(value[position]) + delta) % 10;
        const changed = value.slice(0, position) + digit + value.slice(position + 1);
        // A changed date digit may still give a valid date, but never valid check digits.
        expect([changed, isValidNationalId(changed)]).toEqual([changed, false]);
      }
    }
  });

  it.each([...HNR_BASES, ...TNR_BASES])('refuses H- and test numbers (%s)', (base) => {
    const value = withCheckDigits(base);
    expect(idnr(value).status).toBe('valid'); // valid to NAV's library, but not a person's id
    expect(isValidNationalId(value)).toBe(false);
  });

  it('refuses an impossible date with matching check digits (31 February)', () => {
    expect(isValidNationalId(withCheckDigits('310290123'))).toBe(false);
  });

  it.each(['', '1503851236', '150385123633', '1503851236a', ' 15038512363', '150385 12363', 15038512363, null, undefined])(
    'refuses %p',
    (value) => {
      expect(isValidNationalId(value)).toBe(false);
    },
  );
});
