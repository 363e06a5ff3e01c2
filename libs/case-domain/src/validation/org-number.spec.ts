import { isValidOrgNumber } from './org-number';

describe('isValidOrgNumber', () => {
  it.each([
    ['974760673', 'Brønnøysundregistrene'],
    ['889640782', 'Arbeids- og velferdsetaten (NAV)'],
    ['923609016', 'Equinor ASA'],
    ['971526920', 'remainder 0: check digit 0'],
    ['100000040', 'remainder 0: check digit 0'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidOrgNumber(value)).toBe(true);
  });

  it.each([
    ['974760674', 'wrong check digit'],
    ['974760670', 'wrong check digit'],
    ['974760763', 'two digits swapped'],
    ['97476067', '8 digits'],
    ['9747606730', '10 digits'],
    ['974 760 673', 'spaces'],
    ['97476067a', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidOrgNumber(value)).toBe(false);
  });

  it('refuses every check digit when the remainder is 1 (10000013x)', () => {
    for (let check = 0; check <= 9; check += 1) expect(isValidOrgNumber(`10000013${check}`)).toBe(false);
  });

  it('refuses what is not text', () => {
    expect(isValidOrgNumber(974760673)).toBe(false);
    expect(isValidOrgNumber(undefined)).toBe(false);
  });
});
