import { isCode } from '../codes';
import { isIsoDate, type IsoDate } from '../dates';
import { DomainError, type FieldError, type FieldErrorCode } from '../errors';
import { findDiagnosis } from './diagnosis';

/** Longest accepted texts: a title is a line, anything else a few pages at most. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Collects the field errors of one command, so a client learns about every bad field at once,
 * then throws them as one INVALID_INPUT error. Values are `unknown`: commands come from
 * outside and are checked here whatever their static type says.
 */
export class FieldChecks {
  private readonly errors: FieldError[] = [];

  add(field: string, code: FieldErrorCode, message: string): void {
    this.errors.push({ field, code, message });
  }

  has(field: string): boolean {
    return this.errors.some((error) => error.field === field);
  }

  /** Throws INVALID_INPUT when any check failed. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw DomainError.invalid(this.errors);
  }

  /** Free text: present, not blank, not too long, and without a diagnosis. */
  text(field: string, value: unknown, options: { optional?: boolean; max?: number } = {}): void {
    if (value === undefined || value === null) {
      if (!options.optional) this.add(field, 'REQUIRED', 'is required');
      return;
    }
    if (typeof value !== 'string') return this.add(field, 'INVALID_TYPE', 'must be text');
    if (value.trim() === '') {
      // An optional field left blank in a form counts as absent (see `optionalText`).
      if (!options.optional) this.add(field, 'REQUIRED', 'must not be blank');
      return;
    }
    const max = options.max ?? MAX_TEXT_LENGTH;
    if (value.length > max) return this.add(field, 'TOO_LONG', `must be at most ${max} characters`);
    if (findDiagnosis(value)) {
      this.add(field, 'DIAGNOSIS_NOT_ALLOWED', 'must not contain a diagnosis: the employer may not store one');
    }
  }

  /** An id (uuid or any other reference chosen by the caller): non-blank text. */
  id(field: string, value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') this.add(field, 'REQUIRED', 'is required');
  }

  code<T extends string>(field: string, value: unknown, list: readonly T[]): value is T {
    if (value === undefined || value === null || value === '') {
      this.add(field, 'REQUIRED', 'is required');
      return false;
    }
    if (!isCode(list, value)) {
      this.add(field, 'NOT_IN_LIST', `must be one of: ${list.join(', ')}`);
      return false;
    }
    return true;
  }

  /**
   * A calendar date, optionally bounded by today: `notAfter` / `notBefore` (both inclusive).
   * Returns whether it is a valid date, so that callers can compare it with others.
   */
  date(
    field: string,
    value: unknown,
    options: { optional?: boolean; notAfter?: IsoDate; notBefore?: IsoDate } = {},
  ): value is IsoDate {
    if (value === undefined || value === null) {
      if (!options.optional) this.add(field, 'REQUIRED', 'is required');
      return false;
    }
    if (!isIsoDate(value)) {
      this.add(field, 'INVALID_DATE', 'must be a calendar date YYYY-MM-DD');
      return false;
    }
    if (options.notAfter !== undefined && value > options.notAfter) {
      this.add(field, 'IN_FUTURE', `must not be in the future (today is ${options.notAfter})`);
      return false;
    }
    if (options.notBefore !== undefined && value < options.notBefore) {
      this.add(field, 'IN_PAST', `must not be in the past (today is ${options.notBefore})`);
      return false;
    }
    return true;
  }

  /** A number within [min, max]; `whole` demands an integer. */
  number(
    field: string,
    value: unknown,
    options: { min: number; max?: number; whole?: boolean; optional?: boolean; minExclusive?: boolean },
  ): value is number {
    if (value === undefined || value === null) {
      if (!options.optional) this.add(field, 'REQUIRED', 'is required');
      return false;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(field, 'INVALID_TYPE', 'must be a number');
      return false;
    }
    if (options.whole && !Number.isInteger(value)) {
      this.add(field, 'NOT_WHOLE_NUMBER', 'must be a whole number');
      return false;
    }
    const belowMin = options.minExclusive ? value <= options.min : value < options.min;
    if (belowMin || (options.max !== undefined && value > options.max)) {
      const lower = options.minExclusive ? `greater than ${options.min}` : `at least ${options.min}`;
      const upper = options.max !== undefined ? ` and at most ${options.max}` : '';
      this.add(field, 'OUT_OF_RANGE', `must be ${lower}${upper}`);
      return false;
    }
    return true;
  }

  boolean(field: string, value: unknown): void {
    if (value === undefined || value === null) this.add(field, 'REQUIRED', 'is required');
    else if (typeof value !== 'boolean') this.add(field, 'INVALID_TYPE', 'must be true or false');
  }

  /** A list of codes: at least `min` entries (default 1), each from the list, none twice. */
  codeList<T extends string>(field: string, value: unknown, list: readonly T[], options: { min?: number } = {}): void {
    const min = options.min ?? 1;
    if (value === undefined || value === null) {
      if (min > 0) this.add(field, 'REQUIRED', 'is required');
      return;
    }
    if (!Array.isArray(value)) return this.add(field, 'INVALID_TYPE', 'must be a list');
    if (value.length < min) return this.add(field, 'REQUIRED', min === 1 ? 'must not be empty' : `must name at least ${min}`);
    const unknown = value.filter((entry) => !isCode(list, entry));
    if (unknown.length > 0) {
      return this.add(field, 'NOT_IN_LIST', `must hold only: ${list.join(', ')}`);
    }
    if (new Set(value).size !== value.length) this.add(field, 'DUPLICATE', 'must not name an entry twice');
  }

  /** A list of ids, possibly empty, none blank or twice. */
  idList(field: string, value: unknown): value is string[] {
    if (value === undefined || value === null) return false;
    if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || id.trim() === '')) {
      this.add(field, 'INVALID_TYPE', 'must be a list of ids');
      return false;
    }
    if (new Set(value).size !== value.length) {
      this.add(field, 'DUPLICATE', 'must not name an entry twice');
      return false;
    }
    return true;
  }
}

/** An optional text as the event stores it: omitted when absent or blank. */
export function optionalText(value: string | undefined | null): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
