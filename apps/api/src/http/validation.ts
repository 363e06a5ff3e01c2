import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException, type FieldError } from './problem';

/**
 * Request bodies and queries are validated by class-validator DTOs: unknown properties are
 * refused (never silently dropped), and every failure names its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', fieldErrors(errors)),
  });
}

export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: constraintCode(constraint),
      message: constraint === 'whitelistValidation' ? unknownPropertyMessage(error.property) : message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** class-validator's constraint names, as the field codes the domain uses for the same faults. */
const CODES: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_PROPERTY',
  isDefined: 'REQUIRED',
  isString: 'INVALID_TYPE',
  isBoolean: 'INVALID_TYPE',
  isArray: 'INVALID_TYPE',
  isNumber: 'INVALID_TYPE',
  isObject: 'INVALID_TYPE',
  nestedValidation: 'INVALID_TYPE',
  isInt: 'NOT_WHOLE_NUMBER',
  isIn: 'NOT_IN_LIST',
  isIsoDate: 'INVALID_DATE',
  matches: 'INVALID_FORMAT',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  arrayUnique: 'DUPLICATE',
  isUuid: 'INVALID_ID',
  isEmail: 'INVALID_EMAIL',
};

function constraintCode(constraint: string): string {
  return CODES[constraint] ?? constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

function unknownPropertyMessage(property: string): string {
  if (/diagnos/i.test(property)) return `${property} is not accepted: an employer may not store a diagnosis`;
  return `${property} is not a known property`;
}
