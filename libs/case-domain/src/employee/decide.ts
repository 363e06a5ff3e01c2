import type { EmployeeCommand, EraseEmployee, RegisterEmployee } from '../commands';
import { DomainError } from '../errors';
import type { EmployeeEvent } from '../events/employee-events';
import { FieldChecks, MAX_TITLE_LENGTH, optionalText } from '../validation/field-checks';
import { isValidNationalId } from '../validation/national-id';
import type { EmployeeState } from './employee-state';

/**
 * The employee decider. Registration on an empty stream; erasure once. After erasure the
 * stream accepts nothing: the person's data key is deleted, and new personal data about them
 * must not be stored.
 */
export function decideEmployee(input: EmployeeCommand, state: EmployeeState): EmployeeEvent[] {
  const command = { ...input, data: input.data ?? {} } as EmployeeCommand;
  if (state.status === 'erased') {
    throw new DomainError('EMPLOYEE_ERASED', 'The employee has been erased: nothing more is recorded about them');
  }
  switch (command.type) {
    case 'RegisterEmployee':
      return registerEmployee(command, state);
    case 'EraseEmployee':
      return eraseEmployee(command, state);
    default:
      throw new Error(`Unknown employee command: ${(command as { type?: unknown }).type}`);
  }
}

function registerEmployee({ data }: RegisterEmployee, state: EmployeeState): EmployeeEvent[] {
  if (state.status !== 'empty') throw new DomainError('EMPLOYEE_ALREADY_EXISTS', `The employee ${state.id} already exists`);
  const check = new FieldChecks();
  check.id('employeeId', data.employeeId);
  check.text('name', data.name, { max: MAX_TITLE_LENGTH });
  const nationalIdGiven = data.nationalId !== undefined && data.nationalId !== null && data.nationalId !== '';
  if (nationalIdGiven && !isValidNationalId(data.nationalId)) {
    check.add('nationalId', 'INVALID_NATIONAL_ID', 'must be a valid fødselsnummer or d-nummer (11 digits)');
  }
  check.id('unitId', data.unitId);
  check.text('position', data.position, { optional: true, max: MAX_TITLE_LENGTH });
  check.throwIfAny();

  const nationalId = optionalText(data.nationalId);
  const position = optionalText(data.position);
  return [
    {
      type: 'EmployeeRegistered',
      data: {
        employeeId: data.employeeId,
        name: data.name,
        ...(nationalId !== undefined ? { nationalId } : {}),
        unitId: data.unitId,
        ...(position !== undefined ? { position } : {}),
      },
    },
  ];
}

function eraseEmployee({ data }: EraseEmployee, state: EmployeeState): EmployeeEvent[] {
  if (state.status === 'empty') throw new DomainError('EMPLOYEE_NOT_FOUND', 'The employee does not exist');
  const check = new FieldChecks();
  check.text('reason', data.reason);
  check.throwIfAny();
  return [{ type: 'EmployeeErased', data: { employeeId: state.id, reason: data.reason } }];
}
