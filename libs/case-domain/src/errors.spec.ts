import { DomainError, ERROR_KINDS, isDomainError } from './errors';

describe('DomainError', () => {
  it.each([
    ['INVALID_INPUT', 'invalid'],
    ['CASE_NOT_FOUND', 'not_found'],
    ['ACTION_NOT_FOUND', 'not_found'],
    ['ABSENCE_NOT_FOUND', 'not_found'],
    ['EMPLOYEE_NOT_FOUND', 'not_found'],
    ['CASE_CLOSED', 'conflict'],
    ['CONSENT_MISSING', 'conflict'],
    ['EMPLOYEE_ERASED', 'conflict'],
  ] as const)('%s is %s', (code, kind) => {
    expect(new DomainError(code, 'x').kind).toBe(kind);
  });

  it('every code ending in _NOT_FOUND is not_found, and only those', () => {
    for (const [code, kind] of Object.entries(ERROR_KINDS)) {
      expect([code, kind === 'not_found']).toEqual([code, code.endsWith('_NOT_FOUND')]);
    }
  });

  it('collects field errors into one INVALID_INPUT with a readable message', () => {
    const error = DomainError.invalid([
      { field: 'to', code: 'TOO_EARLY', message: 'must not be before from' },
      { field: 'grade', code: 'OUT_OF_RANGE', message: 'must be at least 20 and at most 100' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', kind: 'invalid', name: 'DomainError' });
    expect(error.message).toBe('Invalid input: to must not be before from; grade must be at least 20 and at most 100');
    expect(error.fields?.map((f) => f.field)).toEqual(['to', 'grade']);
  });
});
