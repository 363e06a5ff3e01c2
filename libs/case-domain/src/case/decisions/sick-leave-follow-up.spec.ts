import { bad, command, eventOf, given, opened, TODAY } from '../../testing/factories';

describe('recording a follow-up plan', () => {
  it('records the plan', () => {
    const cmd = command.recordFollowUpPlan({ sharedWithSickNoteWriter: false });
    given([opened()])
      .when(cmd)
      .then([
        {
          type: 'FollowUpPlanRecorded',
          data: { planId: cmd.data.planId, madeOn: '2026-02-25', summary: cmd.data.summary, sharedWithSickNoteWriter: false },
        },
      ]);
  });

  it('accepts a plan made today', () => {
    const cmd = command.recordFollowUpPlan({ madeOn: TODAY });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each([
    ['madeOn', { madeOn: '2026-03-11' }, 'IN_FUTURE'],
    ['summary', { summary: '' }, 'REQUIRED'],
    ['sharedWithSickNoteWriter', { sharedWithSickNoteWriter: bad(undefined) }, 'REQUIRED'],
    ['sharedWithSickNoteWriter', { sharedWithSickNoteWriter: bad('yes') }, 'INVALID_TYPE'],
  ] as const)('refuses a bad %s', (field, data, code) => {
    given([opened()]).when(command.recordFollowUpPlan(data)).thenThrows('INVALID_INPUT', [{ field, code }]);
  });
});

describe('recording a dialogue meeting', () => {
  it('records the meeting', () => {
    const cmd = command.recordDialogueMeeting({ number: 2, participants: ['employee', 'leader'] });
    given([opened()])
      .when(cmd)
      .then([
        {
          type: 'DialogueMeetingHeld',
          data: {
            meetingId: cmd.data.meetingId,
            number: 2,
            heldOn: '2026-03-05',
            participants: ['employee', 'leader'],
            summary: cmd.data.summary,
          },
        },
      ]);
  });

  it.each([1, 2, 3] as const)('accepts meeting number %p', (number) => {
    const cmd = command.recordDialogueMeeting({ number });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each([
    [0, 'OUT_OF_RANGE'],
    [4, 'OUT_OF_RANGE'],
    [1.5, 'NOT_WHOLE_NUMBER'],
    ['1', 'INVALID_TYPE'],
    [undefined, 'REQUIRED'],
  ] as const)('refuses meeting number %p', (number, code) => {
    given([opened()])
      .when(command.recordDialogueMeeting({ number: bad(number) }))
      .thenThrows('INVALID_INPUT', [{ field: 'number', code }]);
  });

  it.each([
    [[], 'REQUIRED'],
    [['employee', 'nav'], 'NOT_IN_LIST'],
    [['leader', 'leader'], 'DUPLICATE'],
  ] as const)('refuses participants %p', (participants, code) => {
    given([opened()])
      .when(command.recordDialogueMeeting({ participants: bad(participants) }))
      .thenThrows('INVALID_INPUT', [{ field: 'participants', code }]);
  });

  it('refuses a meeting on a future day', () => {
    given([opened()])
      .when(command.recordDialogueMeeting({ heldOn: '2026-03-11' }))
      .thenThrows('INVALID_INPUT', [{ field: 'heldOn', code: 'IN_FUTURE' }]);
  });

  it('requires a summary', () => {
    given([opened()])
      .when(command.recordDialogueMeeting({ summary: bad(undefined) }))
      .thenThrows('INVALID_INPUT', [{ field: 'summary', code: 'REQUIRED' }]);
  });
});
