import { CASE_KINDS } from '../../codes';
import type { CloseCase, OpenCase, ReopenCase } from '../../commands';
import { DomainError } from '../../errors';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks, MAX_TITLE_LENGTH, optionalText } from '../../validation/field-checks';
import type { CaseState } from '../case-state';

/** OpenCase: only on an empty stream. */
export function openCase({ data }: OpenCase, state: CaseState): CaseEvent[] {
  if (state.status !== 'empty') throw new DomainError('CASE_ALREADY_EXISTS', `The case ${state.id} already exists`);
  const check = new FieldChecks();
  check.id('caseId', data.caseId);
  check.id('employeeId', data.employeeId);
  check.id('leaderId', data.leaderId);
  check.id('unitId', data.unitId);
  check.code('kind', data.kind, CASE_KINDS);
  check.text('title', data.title, { max: MAX_TITLE_LENGTH });
  check.text('summary', data.summary, { optional: true });
  check.throwIfAny();

  const summary = optionalText(data.summary);
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId: data.caseId,
        employeeId: data.employeeId,
        leaderId: data.leaderId,
        unitId: data.unitId,
        kind: data.kind,
        title: data.title,
        ...(summary !== undefined ? { summary } : {}),
      },
    },
  ];
}

/** CloseCase on an open case (the dispatcher refuses a closed one). */
export function closeCase({ data }: CloseCase): CaseEvent[] {
  const check = new FieldChecks();
  check.text('reason', data.reason);
  check.throwIfAny();
  return [{ type: 'CaseClosed', data: { reason: data.reason } }];
}

/** ReopenCase: the only command a closed case accepts. */
export function reopenCase({ data }: ReopenCase, state: CaseState): CaseEvent[] {
  if (state.status !== 'closed') throw new DomainError('CASE_NOT_CLOSED', 'The case is open: only a closed case can be reopened');
  const check = new FieldChecks();
  check.text('reason', data.reason);
  check.throwIfAny();
  return [{ type: 'CaseReopened', data: { reason: data.reason } }];
}
