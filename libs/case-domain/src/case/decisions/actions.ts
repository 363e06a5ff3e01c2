import { EVALUATION_EFFECTS, PARTICIPANTS } from '../../codes';
import type { AgreeAction, CompleteAction, EvaluateAction } from '../../commands';
import { DomainError } from '../../errors';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks, MAX_TITLE_LENGTH, optionalText } from '../../validation/field-checks';
import type { ActionState, CaseState } from '../case-state';
import { assertNewId, todayOf, type DecideContext } from '../decide-context';

/** AgreeAction: a measure with a title, a responsible user, a due date and participants. */
export function agreeAction({ data }: AgreeAction, state: CaseState): CaseEvent[] {
  const check = new FieldChecks();
  check.id('actionId', data.actionId);
  check.text('title', data.title, { max: MAX_TITLE_LENGTH });
  check.text('description', data.description, { optional: true });
  if (check.idList('riskIds', data.riskIds)) {
    const unknown = data.riskIds.filter((id) => !state.risks.some((risk) => risk.id === id));
    if (unknown.length > 0) check.add('riskIds', 'RISK_NOT_FOUND', `names risks this case does not have: ${unknown.join(', ')}`);
  }
  check.id('responsibleId', data.responsibleId);
  check.date('dueDate', data.dueDate);
  check.codeList('participants', data.participants, PARTICIPANTS);
  check.throwIfAny();
  assertNewId(state.actions, data.actionId, 'action');

  const description = optionalText(data.description);
  return [
    {
      type: 'ActionAgreed',
      data: {
        actionId: data.actionId,
        title: data.title,
        ...(description !== undefined ? { description } : {}),
        riskIds: [...(data.riskIds ?? [])],
        responsibleId: data.responsibleId,
        dueDate: data.dueDate,
        participants: [...data.participants],
      },
    },
  ];
}

function findAction(state: CaseState, actionId: string): ActionState {
  const action = state.actions.find((a) => a.id === actionId);
  if (!action) throw new DomainError('ACTION_NOT_FOUND', `The case has no action ${String(actionId)}`);
  return action;
}

/** CompleteAction: once per action, on a day that is not in the future. */
export function completeAction({ data }: CompleteAction, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const action = findAction(state, data.actionId);
  if (action.completion) {
    throw new DomainError('ACTION_ALREADY_COMPLETED', `The action was already completed on ${action.completion.completedOn}`);
  }
  const check = new FieldChecks();
  check.date('completedOn', data.completedOn, { notAfter: todayOf(ctx) });
  check.text('outcome', data.outcome);
  check.throwIfAny();
  return [{ type: 'ActionCompleted', data: { actionId: data.actionId, completedOn: data.completedOn, outcome: data.outcome } }];
}

/**
 * EvaluateAction: only a completed action, and as often as needed: each evaluation is a new
 * event, so the follow-up over time stays visible.
 */
export function evaluateAction({ data }: EvaluateAction, state: CaseState): CaseEvent[] {
  const action = findAction(state, data.actionId);
  if (!action.completion) throw new DomainError('ACTION_NOT_COMPLETED', 'An action is evaluated after it is completed');
  const check = new FieldChecks();
  check.code('effect', data.effect, EVALUATION_EFFECTS);
  check.text('note', data.note);
  check.throwIfAny();
  return [{ type: 'ActionEvaluated', data: { actionId: data.actionId, effect: data.effect, note: data.note } }];
}
