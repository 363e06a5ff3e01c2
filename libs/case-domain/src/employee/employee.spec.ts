import type { EmployeeCommand, RegisterEmployee } from '../commands';
import type { EmployeeEvent } from '../events/employee-events';
import { bad } from '../testing/factories';
import { DeciderSpecification, type Decider } from '../testing/decider-spec';
import { decideEmployee } from './decide';
import { initialEmployeeState, type EmployeeState } from './employee-state';
import { evolveEmployee, replayEmployee } from './evolve';

const employeeDecider: Decider<EmployeeCommand, EmployeeEvent, EmployeeState, Record<string, never>> = {
  decide: (command, state) => decideEmployee(command, state),
  evolve: evolveEmployee,
  initialState: () => initialEmployeeState,
  defaultContext: () => ({}),
};
const given = DeciderSpecification.for(employeeDecider);

// 15038512363 is a valid fødselsnummer (see validation/national-id.spec.ts for how it is made).
const register = (data: Partial<RegisterEmployee['data']> = {}): RegisterEmployee => ({
  type: 'RegisterEmployee',
  data: { employeeId: 'e1', name: 'Ola Nordmann', nationalId: '15038512363', unitId: 'u1', position: 'Rådgiver', ...data },
});
const registered: EmployeeEvent = { type: 'EmployeeRegistered', data: register().data };
const erase: EmployeeCommand = { type: 'EraseEmployee', data: { employeeId: 'e1', reason: 'Sluttet for fem år siden' } };
const erased: EmployeeEvent = { type: 'EmployeeErased', data: { employeeId: 'e1', reason: 'Sluttet for fem år siden' } };

describe('registering an employee', () => {
  it('registers on an empty stream', () => {
    given([]).when(register()).then([registered]);
  });

  it('leaves out blank optional fields', () => {
    given([])
      .when(register({ nationalId: '', position: ' ' }))
      .then([{ type: 'EmployeeRegistered', data: { employeeId: 'e1', name: 'Ola Nordmann', unitId: 'u1' } }]);
  });

  it('refuses a second registration', () => {
    given([registered]).when(register()).thenThrows('EMPLOYEE_ALREADY_EXISTS');
  });

  it.each(['15038512364', '1503851236', '01419012382', 15038512363])('refuses national id %p', (nationalId) => {
    given([])
      .when(register({ nationalId: bad(nationalId) }))
      .thenThrows('INVALID_INPUT', [{ field: 'nationalId', code: 'INVALID_NATIONAL_ID' }]);
  });

  it('requires a name and a unit', () => {
    given([])
      .when(register({ name: ' ', unitId: bad(undefined) }))
      .thenThrows('INVALID_INPUT', [
        { field: 'name', code: 'REQUIRED' },
        { field: 'unitId', code: 'REQUIRED' },
      ]);
  });
});

describe('erasing an employee', () => {
  it('erases a registered employee', () => {
    given([registered]).when(erase).then([erased]);
  });

  it('requires a reason', () => {
    given([registered])
      .when({ type: 'EraseEmployee', data: { employeeId: 'e1', reason: '' } })
      .thenThrows('INVALID_INPUT', [{ field: 'reason', code: 'REQUIRED' }]);
  });

  it('refuses an unknown employee', () => {
    given([]).when(erase).thenThrows('EMPLOYEE_NOT_FOUND');
  });

  it('erases once', () => {
    given([registered, erased]).when(erase).thenThrows('EMPLOYEE_ERASED');
  });

  it('accepts nothing after erasure', () => {
    given([registered, erased]).when(register()).thenThrows('EMPLOYEE_ERASED');
  });
});

describe('evolveEmployee', () => {
  const meta = (minute: number) => ({ occurredAt: `2026-01-05T09:0${minute}:00.000Z`, actorId: 'admin' });

  it('folds registration and erasure', () => {
    const active = replayEmployee([{ event: registered, meta: meta(0) }]);
    expect(active).toEqual({
      id: 'e1',
      status: 'active',
      name: 'Ola Nordmann',
      nationalId: '15038512363',
      unitId: 'u1',
      position: 'Rådgiver',
      registeredAt: meta(0).occurredAt,
      version: 1,
    });
    const gone = evolveEmployee(active, erased, meta(1));
    expect(gone).toMatchObject({ status: 'erased', name: null, nationalId: null, position: null, erasedAt: meta(1).occurredAt, version: 2 });
    expect(active.status).toBe('active');
  });
});
