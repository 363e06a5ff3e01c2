import type { CaseCommand } from '../../commands';
import type { CaseEvent } from '../../events/case-events';
import { bothConsents, closed, command, eventOf, given, opened } from '../../testing/factories';

/**
 * The employer must never store a diagnosis: every free-text field of every command is
 * checked. Each row: the history a command needs, the command with a diagnosis in one field,
 * and the field the error must name.
 */
const DIAGNOSIS = 'Sykmeldt med diagnose F32.1';

const risk = command.identifyRisk();
const action = command.agreeAction();
const completion = command.completeAction(action.data.actionId);
const withAction = [opened(), eventOf(action)];
const withCompletedAction = [...withAction, eventOf(completion)];
const consented = [opened(), ...bothConsents()];
const expert = command.requestExpertSupport().data.expert;

const rows: Array<[string, CaseEvent[], CaseCommand]> = [
  ['title', [], command.openCase({ title: DIAGNOSIS })],
  ['summary', [], command.openCase({ summary: DIAGNOSIS })],
  ['factorText', [opened()], command.identifyRisk({ factor: 'other', factorText: DIAGNOSIS })],
  ['description', [opened()], command.identifyRisk({ description: DIAGNOSIS })],
  ['title', [opened(), eventOf(risk)], command.agreeAction({ title: DIAGNOSIS })],
  ['description', [opened()], command.agreeAction({ description: DIAGNOSIS })],
  ['outcome', withAction, command.completeAction(action.data.actionId, { outcome: DIAGNOSIS })],
  ['note', withCompletedAction, command.evaluateAction(action.data.actionId, { note: DIAGNOSIS })],
  ['summary', [opened()], command.recordFollowUpPlan({ summary: DIAGNOSIS })],
  ['summary', [opened()], command.recordDialogueMeeting({ summary: DIAGNOSIS })],
  ['expert.name', consented, command.requestExpertSupport({ expert: { ...expert, name: DIAGNOSIS } })],
  ['expert.company', consented, command.requestExpertSupport({ expert: { ...expert, company: DIAGNOSIS } })],
  ['expert.competence', consented, command.requestExpertSupport({ expert: { ...expert, competence: DIAGNOSIS } })],
  ['reason', consented, command.requestExpertSupport({ reason: DIAGNOSIS })],
  ['need', consented, command.requestExpertSupport({ need: DIAGNOSIS })],
  ['accommodationTried', consented, command.requestExpertSupport({ accommodationTried: DIAGNOSIS })],
  ['navContact', consented, command.requestExpertSupport({ navContact: DIAGNOSIS })],
  ['text', [opened()], command.addNote({ text: DIAGNOSIS })],
  ['reason', [opened()], command.closeCase({ reason: DIAGNOSIS })],
  ['reason', [opened(), closed()], command.reopenCase({ reason: DIAGNOSIS })],
];

describe('no diagnosis in free text', () => {
  it.each(rows.map(([field, history, cmd]) => [cmd.type, field, history, cmd] as const))(
    '%s refuses a diagnosis in %s',
    (_type, field, history, cmd) => {
      const error = given(history).when(cmd).thenThrows('INVALID_INPUT', [{ field, code: 'DIAGNOSIS_NOT_ALLOWED' }]);
      expect(error.fields?.[0].message).toBe('must not contain a diagnosis: the employer may not store one');
    },
  );

  it('accepts the same commands without the diagnosis', () => {
    // Guards the table: each row fails only because of the diagnosis.
    for (const [field, history, cmd] of rows) {
      const clean = structuredClone(cmd) as { data: Record<string, unknown> };
      const [head, tail] = field.split('.');
      if (tail) (clean.data[head] as Record<string, unknown>)[tail] = 'Vanlig tekst';
      else clean.data[field] = 'Vanlig tekst';
      expect(() => given(history).when(clean as CaseCommand).then([eventOf(clean as CaseCommand)])).not.toThrow();
    }
  });
});
