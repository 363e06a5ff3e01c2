import { CASE_EVENT_TYPES, type CaseEvent } from './case-events';
import { EMPLOYEE_EVENT_TYPES, type EmployeeEvent } from './employee-events';

/** Every event the domain produces, on case and employee streams. */
export type DomainEvent = CaseEvent | EmployeeEvent;
export type EventType = DomainEvent['type'];

export const EVENT_TYPES: readonly EventType[] = Object.freeze([...CASE_EVENT_TYPES, ...EMPLOYEE_EVENT_TYPES]);

export function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/** Streams are named by what they are about (design.md). */
export function caseStreamId(caseId: string): string {
  return `case-${caseId}`;
}

export function employeeStreamId(employeeId: string): string {
  return `employee-${employeeId}`;
}
