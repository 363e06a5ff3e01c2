import { PARTICIPANTS } from '../../codes';
import type { AgreeAction } from '../../commands';
import type { FieldErrorCode } from '../../errors';
import { bad, command, eventOf, given, opened, TODAY } from '../../testing/factories';

const risk = command.identifyRisk();
const action = command.agreeAction({ riskIds: [risk.data.riskId] });
const completion = command.completeAction(action.data.actionId);
const agreed = [opened(), eventOf(risk), eventOf(action)];
const completed = [...agreed, eventOf(completion)];

describe('agreeing an action', () => {
  it('records the action with its risks, responsible user, due date and participants', () => {
    given([opened(), eventOf(risk)])
      .when(action)
      .then([
        {
          type: 'ActionAgreed',
          data: {
            actionId: action.data.actionId,
            title: action.data.title,
            riskIds: [risk.data.riskId],
            responsibleId: action.data.responsibleId,
            dueDate: '2026-04-01',
            participants: ['employee', 'leader'],
          },
        },
      ]);
  });

  it('records no risks as an empty list', () => {
    const cmd = command.agreeAction({ description: 'Leder tar ansvar for fordelingen' });
    given([opened()])
      .when(cmd)
      .then([{ type: 'ActionAgreed', data: { ...cmd.data, riskIds: [] } }]);
  });

  it('refuses riskIds that are not risks of this case', () => {
    given([opened(), eventOf(risk)])
      .when(command.agreeAction({ riskIds: [risk.data.riskId, 'another-case-risk'] }))
      .thenThrows('INVALID_INPUT', [{ field: 'riskIds', code: 'RISK_NOT_FOUND' }]);
  });

  it('refuses the same risk twice', () => {
    given([opened(), eventOf(risk)])
      .when(command.agreeAction({ riskIds: [risk.data.riskId, risk.data.riskId] }))
      .thenThrows('INVALID_INPUT', [{ field: 'riskIds', code: 'DUPLICATE' }]);
  });

  it.each([
    ['responsibleId', { responsibleId: bad(undefined) }, 'REQUIRED'],
    ['responsibleId', { responsibleId: ' ' }, 'REQUIRED'],
    ['dueDate', { dueDate: bad(undefined) }, 'REQUIRED'],
    ['dueDate', { dueDate: '01.04.2026' }, 'INVALID_DATE'],
    ['dueDate', { dueDate: '2026-02-30' }, 'INVALID_DATE'],
    ['participants', { participants: bad(undefined) }, 'REQUIRED'],
    ['participants', { participants: [] }, 'REQUIRED'],
    ['participants', { participants: bad(['employee', 'doctor']) }, 'NOT_IN_LIST'],
    ['participants', { participants: ['hr', 'employee', 'hr'] }, 'DUPLICATE'],
    ['title', { title: bad(undefined) }, 'REQUIRED'],
    ['title', { title: '' }, 'REQUIRED'],
  ] satisfies Array<[string, Partial<AgreeAction['data']>, FieldErrorCode]>)('refuses a bad %s (%p)', (field, data, code) => {
    given([opened()]).when(command.agreeAction(data)).thenThrows('INVALID_INPUT', [{ field, code }]);
  });

  it('accepts every participant code', () => {
    const cmd = command.agreeAction({ participants: [...PARTICIPANTS] });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it('names each missing field of an empty action', () => {
    given([opened()])
      .when({ type: 'AgreeAction', data: bad({ actionId: 'a1' }) })
      .thenThrows('INVALID_INPUT', [
        { field: 'title' },
        { field: 'responsibleId' },
        { field: 'dueDate' },
        { field: 'participants' },
      ]);
  });
});

describe('completing an action', () => {
  it('records the completion', () => {
    given(agreed)
      .when(completion)
      .then([
        {
          type: 'ActionCompleted',
          data: { actionId: action.data.actionId, completedOn: TODAY, outcome: completion.data.outcome },
        },
      ]);
  });

  it('completes an action once', () => {
    given(completed).when(command.completeAction(action.data.actionId)).thenThrows('ACTION_ALREADY_COMPLETED');
  });

  it('refuses an unknown action', () => {
    given(agreed).when(command.completeAction('no-such-action')).thenThrows('ACTION_NOT_FOUND');
  });

  it('refuses a completion date in the future', () => {
    given(agreed)
      .when(command.completeAction(action.data.actionId, { completedOn: '2026-03-11' }))
      .thenThrows('INVALID_INPUT', [{ field: 'completedOn', code: 'IN_FUTURE' }]);
  });

  it("accepts today in Oslo when it is still yesterday in UTC", () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo.
    const cmd = command.completeAction(action.data.actionId, { completedOn: '2026-03-02' });
    given(agreed).when(cmd, { now: new Date('2026-03-01T23:30:00Z') }).then([eventOf(cmd)]);
  });

  it('requires an outcome', () => {
    given(agreed)
      .when(command.completeAction(action.data.actionId, { outcome: '' }))
      .thenThrows('INVALID_INPUT', [{ field: 'outcome', code: 'REQUIRED' }]);
  });
});

describe('evaluating an action', () => {
  it('evaluates a completed action', () => {
    const evaluation = command.evaluateAction(action.data.actionId, { effect: 'effective', note: 'Stabilt' });
    given(completed)
      .when(evaluation)
      .then([{ type: 'ActionEvaluated', data: { actionId: action.data.actionId, effect: 'effective', note: 'Stabilt' } }]);
  });

  it('refuses to evaluate an action that is not completed', () => {
    given(agreed).when(command.evaluateAction(action.data.actionId)).thenThrows('ACTION_NOT_COMPLETED');
  });

  it('refuses an unknown action', () => {
    given(completed).when(command.evaluateAction('no-such-action')).thenThrows('ACTION_NOT_FOUND');
  });

  it('evaluates again later: each evaluation is a new event', () => {
    const first = command.evaluateAction(action.data.actionId, { effect: 'partly_effective' });
    const later = command.evaluateAction(action.data.actionId, { effect: 'not_effective', note: 'Tilbake i gammelt spor' });
    given([...completed, eventOf(first)])
      .when(later)
      .then([{ type: 'ActionEvaluated', data: { actionId: action.data.actionId, effect: 'not_effective', note: 'Tilbake i gammelt spor' } }]);
  });

  it.each([
    ['effect', { effect: bad('good') }],
    ['effect', { effect: bad(undefined) }],
    ['note', { note: ' ' }],
  ] as const)('refuses a bad %s', (field, data) => {
    given(completed).when(command.evaluateAction(action.data.actionId, data)).thenThrows('INVALID_INPUT', [{ field }]);
  });
});
