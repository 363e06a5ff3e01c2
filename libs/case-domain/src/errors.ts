/**
 * Domain errors with stable codes. `kind` tells the API which HTTP status to answer
 * (one exception filter maps it): invalid -> 400 with per-field errors, not_found -> 404,
 * conflict -> 409 (a business rule). Messages are English; the console translates by code.
 */

export type DomainErrorKind = 'invalid' | 'conflict' | 'not_found';

/** Every error code and its kind; a code always has the same kind. */
export const ERROR_KINDS = Object.freeze({
  INVALID_INPUT: 'invalid',
  CASE_NOT_FOUND: 'not_found',
  CASE_ALREADY_EXISTS: 'conflict',
  CASE_CLOSED: 'conflict',
  CASE_NOT_CLOSED: 'conflict',
  ID_ALREADY_USED: 'conflict',
  ACTION_NOT_FOUND: 'not_found',
  ACTION_ALREADY_COMPLETED: 'conflict',
  ACTION_NOT_COMPLETED: 'conflict',
  ABSENCE_NOT_FOUND: 'not_found',
  ABSENCE_OVERLAP: 'conflict',
  ABSENCE_ALREADY_ENDED: 'conflict',
  CONSENT_MISSING: 'conflict',
  EXPERT_SUPPORT_NOT_REQUESTED: 'conflict',
  EMPLOYEE_NOT_FOUND: 'not_found',
  EMPLOYEE_ALREADY_EXISTS: 'conflict',
  EMPLOYEE_ERASED: 'conflict',
  UNIT_NAME_TAKEN: 'conflict',
} as const satisfies Record<string, DomainErrorKind>);

export type DomainErrorCode = keyof typeof ERROR_KINDS;

/** Why one field of the input is invalid. */
export const FIELD_ERROR_CODES = [
  'REQUIRED', // missing, blank after trimming, or an empty list
  'INVALID_TYPE', // e.g. text where a number or a boolean belongs
  'NOT_IN_LIST', // not one of the allowed codes
  'INVALID_DATE', // not a real calendar date YYYY-MM-DD
  'IN_FUTURE', // after today (in the rules' time zone)
  'IN_PAST', // before today
  'TOO_EARLY', // before the date it follows (to before from, ...)
  'OUT_OF_RANGE',
  'NOT_WHOLE_NUMBER',
  'DUPLICATE', // a list names the same entry twice
  'TOO_LONG', // text longer than allowed, or a spell longer than allowed
  'NOT_ALLOWED', // not allowed together with another value
  'RISK_NOT_FOUND', // riskIds names a risk this case does not have
  'DIAGNOSIS_NOT_ALLOWED', // free text holds a diagnosis (shared/domain.md)
  'INVALID_NATIONAL_ID',
  'INVALID_ORG_NUMBER',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** The API body property path, e.g. `to`, `expert.name`, `hours`. */
  field: string;
  code: FieldErrorCode;
  message: string;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = ERROR_KINDS[code];
  }

  /** 400: the input is invalid; one entry per offending field. */
  static invalid(fields: FieldError[]): DomainError {
    const summary = fields.map((f) => `${f.field} ${f.message}`).join('; ');
    return new DomainError('INVALID_INPUT', `Invalid input: ${summary}`, fields);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
