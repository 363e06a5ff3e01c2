/**
 * The events of one employee, stream `employee-<employeeId>`. The employee is the subject
 * whose data key encrypts the personal fields of their own events and of every case about
 * them (personal-fields.ts).
 */

/**
 * An employee was registered in the organisation.
 * Produced by: RegisterEmployee. Consumed by: case_list (name and unit of a case's
 * employee), nav_application (ansatt: name and national id).
 */
export interface EmployeeRegistered {
  type: 'EmployeeRegistered';
  data: {
    employeeId: string;
    name: string;
    /** Fødselsnummer or d-nummer, 11 digits; needed only for a NAV application. */
    nationalId?: string;
    unitId: string;
    position?: string;
  };
}

/**
 * The employee's personal data was erased (GDPR): the handler deletes their data key after
 * appending this event, so every encrypted field of the employee and of their cases reads back
 * as erased. Nothing is accepted on the stream afterwards.
 * Produced by: EraseEmployee. Consumed by: case_list, case_timeline, nav_application (blank
 * the personal fields they hold).
 */
export interface EmployeeErased {
  type: 'EmployeeErased';
  data: { employeeId: string; reason: string };
}

export type EmployeeEvent = EmployeeRegistered | EmployeeErased;

export type EmployeeEventType = EmployeeEvent['type'];

const EMPLOYEE_EVENT_TYPE_SET: Record<EmployeeEventType, true> = {
  EmployeeRegistered: true,
  EmployeeErased: true,
};

export const EMPLOYEE_EVENT_TYPES = Object.freeze(Object.keys(EMPLOYEE_EVENT_TYPE_SET) as EmployeeEventType[]);

export function isEmployeeEventType(type: string): type is EmployeeEventType {
  return Object.prototype.hasOwnProperty.call(EMPLOYEE_EVENT_TYPE_SET, type);
}
