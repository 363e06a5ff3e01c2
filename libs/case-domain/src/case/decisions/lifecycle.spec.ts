import type { CaseCommand } from '../../commands';
import { bad, closed, command, eventOf, given, ids, opened } from '../../testing/factories';

/** Every command but OpenCase, with data that would be valid on an open case. */
const commandsOnExistingCase = (): CaseCommand[] => [
  command.identifyRisk(),
  command.agreeAction(),
  command.completeAction('a1'),
  command.evaluateAction('a1'),
  command.recordAbsence(),
  command.endAbsence('ab1'),
  command.recordFollowUpPlan(),
  command.recordDialogueMeeting(),
  command.recordConsent(),
  command.requestExpertSupport(),
  command.recordNavDecision(),
  command.addNote(),
  command.closeCase(),
  command.reopenCase(),
];

describe('opening a case', () => {
  it('opens a case on an empty stream', () => {
    given([])
      .when(command.openCase({ summary: 'Melding fra verneombud' }))
      .then([
        {
          type: 'CaseOpened',
          data: {
            caseId: ids.case,
            employeeId: ids.employee,
            leaderId: ids.leader,
            unitId: ids.unit,
            kind: 'psychosocial',
            title: 'Belastning i kundeteamet',
            summary: 'Melding fra verneombud',
          },
        },
      ]);
  });

  it('leaves out a blank optional summary', () => {
    const open = command.openCase({ kind: 'absence', summary: '   ' });
    const { summary: _blank, ...withoutSummary } = open.data;
    given([]).when(open).then([{ type: 'CaseOpened', data: withoutSummary }]);
  });

  it('refuses a second OpenCase on the same stream', () => {
    given([opened()]).when(command.openCase()).thenThrows('CASE_ALREADY_EXISTS');
  });

  it.each(['psychosocial', 'absence', 'combined'])('accepts kind %s', (kind) => {
    given([]).when(command.openCase({ kind: bad(kind) })).then([opened({ kind: bad(kind) })]);
  });

  it.each(['sick', '', 'PSYCHOSOCIAL'])('refuses kind %p', (kind) => {
    given([]).when(command.openCase({ kind: bad(kind) })).thenThrows('INVALID_INPUT', [{ field: 'kind' }]);
  });

  it.each([undefined, '', '  \n'])('requires a title (%p)', (title) => {
    given([])
      .when(command.openCase({ title: bad(title) }))
      .thenThrows('INVALID_INPUT', [{ field: 'title', code: 'REQUIRED' }]);
  });

  it('reports every bad field at once', () => {
    given([])
      .when(command.openCase({ employeeId: '', kind: bad('x'), title: 'x'.repeat(201) }))
      .thenThrows('INVALID_INPUT', [
        { field: 'employeeId', code: 'REQUIRED' },
        { field: 'kind', code: 'NOT_IN_LIST' },
        { field: 'title', code: 'TOO_LONG' },
      ]);
  });
});

describe('a case that does not exist', () => {
  it.each(commandsOnExistingCase().map((c) => [c.type, c] as const))('refuses %s with CASE_NOT_FOUND', (_type, cmd) => {
    given([]).when(cmd).thenThrows('CASE_NOT_FOUND');
  });
});

describe('closing and reopening', () => {
  it('closes an open case with a reason', () => {
    given([opened()])
      .when(command.closeCase({ reason: 'Ferdig fulgt opp' }))
      .then([{ type: 'CaseClosed', data: { reason: 'Ferdig fulgt opp' } }]);
  });

  it('reopens a closed case with a reason', () => {
    given([opened(), closed()])
      .when(command.reopenCase({ reason: 'Ny belastning' }))
      .then([{ type: 'CaseReopened', data: { reason: 'Ny belastning' } }]);
  });

  it.each([
    ['closure', command.closeCase({ reason: ' ' }), [opened()]],
    ['reopening', command.reopenCase({ reason: bad(undefined) }), [opened(), closed()]],
  ] as const)('requires a reason for %s', (_what, cmd, history) => {
    given([...history]).when(cmd).thenThrows('INVALID_INPUT', [{ field: 'reason', code: 'REQUIRED' }]);
  });

  it('refuses to reopen an open case', () => {
    given([opened()]).when(command.reopenCase()).thenThrows('CASE_NOT_CLOSED');
  });

  const allButReopening = commandsOnExistingCase().filter((c) => c.type !== 'ReopenCase');
  it.each(allButReopening.map((c) => [c.type, c] as const))('a closed case refuses %s with CASE_CLOSED', (_type, cmd) => {
    given([opened(), closed()]).when(cmd).thenThrows('CASE_CLOSED');
  });

  it('a reopened case accepts commands again', () => {
    const note = command.addNote();
    given([opened(), closed(), eventOf(command.reopenCase())])
      .when(note)
      .then([{ type: 'NoteAdded', data: { noteId: note.data.noteId, text: note.data.text } }]);
  });

  it('a closed case still refuses OpenCase as already existing', () => {
    given([opened(), closed()]).when(command.openCase()).thenThrows('CASE_ALREADY_EXISTS');
  });
});
