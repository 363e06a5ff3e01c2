/**
 * @app/case-domain: the pure domain of cases and employees. No Nest, no database, no clock.
 */
export * from './codes';
export * from './dates';
export * from './rules';
export * from './errors';
export * from './commands';
export type { EventMeta } from './event-meta';

export * from './events/case-events';
export * from './events/employee-events';
export * from './events/domain-events';
export * from './events/personal-fields';
export * from './events/upcasters';

export * from './case/case-state';
export { evolveCase, replayCase } from './case/evolve';
export { decideCase } from './case/decide';
export { todayOf, type DecideContext } from './case/decide-context';

export * from './employee/employee-state';
export { evolveEmployee, replayEmployee } from './employee/evolve';
export { decideEmployee } from './employee/decide';

export { isValidNationalId } from './validation/national-id';
export { isValidOrgNumber } from './validation/org-number';
export { findDiagnosis } from './validation/diagnosis';
export { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './validation/field-checks';

export * from './organisation/organisation-events';
export * from './organisation/organisation';

export * from './deadlines';
export * from './nav';
export * from './timeline';
