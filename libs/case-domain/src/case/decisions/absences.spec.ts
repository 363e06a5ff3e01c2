import { DEFAULT_RULES } from '../../rules';
import { bad, command, eventOf, given, opened } from '../../testing/factories';

describe('recording an absence', () => {
  it('records an open sick-note spell', () => {
    const cmd = command.recordAbsence({ from: '2026-02-02', grade: 100, kind: 'sick_note' });
    given([opened()])
      .when(cmd)
      .then([
        {
          type: 'AbsenceRecorded',
          data: { absenceId: cmd.data.absenceId, from: '2026-02-02', grade: 100, kind: 'sick_note' },
        },
      ]);
  });

  it('treats to: null as an open spell', () => {
    const cmd = command.recordAbsence({ from: '2026-02-02', to: bad(null) });
    given([opened()])
      .when(cmd)
      .then([{ type: 'AbsenceRecorded', data: { absenceId: cmd.data.absenceId, from: '2026-02-02', grade: 100, kind: 'sick_note' } }]);
  });

  it('records a graded spell with an end', () => {
    const cmd = command.recordAbsence({ from: '2026-02-02', to: '2026-03-01', grade: 50 });
    given([opened()])
      .when(cmd)
      .then([{ type: 'AbsenceRecorded', data: { absenceId: cmd.data.absenceId, from: '2026-02-02', to: '2026-03-01', grade: 50, kind: 'sick_note' } }]);
  });

  it.each([20, 21, 99, 100])('accepts grade %p', (grade) => {
    const cmd = command.recordAbsence({ grade });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each([
    [19, 'OUT_OF_RANGE'],
    [0, 'OUT_OF_RANGE'],
    [101, 'OUT_OF_RANGE'],
    [50.5, 'NOT_WHOLE_NUMBER'],
    ['50', 'INVALID_TYPE'],
    [undefined, 'REQUIRED'],
  ] as const)('refuses grade %p', (grade, code) => {
    given([opened()])
      .when(command.recordAbsence({ grade: bad(grade) }))
      .thenThrows('INVALID_INPUT', [{ field: 'grade', code }]);
  });

  it('refuses an unknown kind', () => {
    given([opened()])
      .when(command.recordAbsence({ kind: bad('vacation') }))
      .thenThrows('INVALID_INPUT', [{ field: 'kind', code: 'NOT_IN_LIST' }]);
  });

  it('refuses an end before the start', () => {
    given([opened()])
      .when(command.recordAbsence({ from: '2026-02-10', to: '2026-02-09' }))
      .thenThrows('INVALID_INPUT', [{ field: 'to', code: 'TOO_EARLY' }]);
  });

  it('accepts a one-day spell', () => {
    const cmd = command.recordAbsence({ from: '2026-02-10', to: '2026-02-10' });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each(['2026-13-01', '2026-2-1', ''])('refuses from %p', (from) => {
    given([opened()]).when(command.recordAbsence({ from })).thenThrows('INVALID_INPUT', [{ field: 'from' }]);
  });
});

describe('self-certified absence (egenmelding)', () => {
  const selfCertified = (from: string, to: string | undefined, grade = 100) =>
    command.recordAbsence({ kind: 'self_certified', from, ...(to ? { to } : {}), grade });

  it.each([
    ['2026-02-02', '2026-02-02'],
    ['2026-02-02', '2026-02-04'],
    ['2026-02-27', '2026-03-01'], // across a month end: 27, 28 February and 1 March
  ])('accepts %s – %s (at most 3 calendar days)', (from, to) => {
    const cmd = selfCertified(from, to);
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each([
    ['2026-02-02', '2026-02-05'],
    ['2026-02-27', '2026-03-02'],
    ['2026-02-01', '2026-02-28'],
  ])('refuses %s – %s as too long', (from, to) => {
    given([opened()]).when(selfCertified(from, to)).thenThrows('INVALID_INPUT', [{ field: 'to', code: 'TOO_LONG' }]);
  });

  it('follows the configured maximum (former IA scheme: 8 days)', () => {
    const eightDays = selfCertified('2026-02-02', '2026-02-09');
    const rules = { ...DEFAULT_RULES, selfCertifiedMaxDays: 8 };
    given([opened()]).when(eightDays, { rules }).then([eventOf(eightDays)]);
    given([opened()])
      .when(selfCertified('2026-02-02', '2026-02-10'), { rules })
      .thenThrows('INVALID_INPUT', [{ field: 'to', code: 'TOO_LONG' }]);
  });

  it('requires an end', () => {
    given([opened()])
      .when(selfCertified('2026-02-02', undefined))
      .thenThrows('INVALID_INPUT', [{ field: 'to', code: 'REQUIRED' }]);
  });

  it.each([20, 50, 99])('is not combined with graded leave (grade %p)', (grade) => {
    given([opened()])
      .when(selfCertified('2026-02-02', '2026-02-03', grade))
      .thenThrows('INVALID_INPUT', [{ field: 'grade', code: 'NOT_ALLOWED' }]);
  });
});

describe('overlapping spells', () => {
  const existing = (from: string, to?: string) => eventOf(command.recordAbsence({ from, ...(to ? { to } : {}) }));
  const attempt = (from: string, to?: string) => command.recordAbsence({ from, ...(to ? { to } : {}) });

  it.each([
    ['the same days', ['2026-02-02', '2026-02-10'], ['2026-02-02', '2026-02-10']],
    ['a later start within', ['2026-02-02', '2026-02-10'], ['2026-02-10', '2026-02-12']],
    ['an earlier start into it', ['2026-02-02', '2026-02-10'], ['2026-01-20', '2026-02-02']],
    ['one around it', ['2026-02-02', '2026-02-10'], ['2026-01-01', '2026-03-01']],
    ['an open new spell after its start', ['2026-02-02', '2026-02-10'], ['2026-02-05', undefined]],
    ['an open new spell before it', ['2026-02-02', '2026-02-10'], ['2026-01-10', undefined]],
    ['an existing open spell, later dates', ['2026-02-02', undefined], ['2026-05-01', '2026-05-03']],
    ['two open spells', ['2026-02-02', undefined], ['2026-01-01', undefined]],
  ] as const)('refuses %s', (_what, [oldFrom, oldTo], [newFrom, newTo]) => {
    given([opened(), existing(oldFrom, oldTo)]).when(attempt(newFrom, newTo)).thenThrows('ABSENCE_OVERLAP');
  });

  it.each([
    ['the next day', ['2026-02-02', '2026-02-10'], ['2026-02-11', '2026-02-12']],
    ['the day before', ['2026-02-02', '2026-02-10'], ['2026-01-25', '2026-02-01']],
    ['an earlier spell than an open one', ['2026-02-02', undefined], ['2026-01-05', '2026-01-20']],
    ['an open spell after an ended one', ['2026-02-02', '2026-02-10'], ['2026-03-01', undefined]],
  ] as const)('accepts %s', (_what, [oldFrom, oldTo], [newFrom, newTo]) => {
    const cmd = attempt(newFrom, newTo);
    given([opened(), existing(oldFrom, oldTo)]).when(cmd).then([eventOf(cmd)]);
  });

  it('an ended spell no longer runs on', () => {
    const open = command.recordAbsence({ from: '2026-02-02' });
    const cmd = attempt('2026-02-21', '2026-02-22');
    given([opened(), eventOf(open), eventOf(command.endAbsence(open.data.absenceId, { to: '2026-02-20' }))])
      .when(cmd)
      .then([eventOf(cmd)]);
  });
});

describe('ending an absence', () => {
  const open = command.recordAbsence({ from: '2026-02-02' });
  const history = [opened(), eventOf(open)];

  it('ends an open spell', () => {
    given(history)
      .when(command.endAbsence(open.data.absenceId, { to: '2026-02-20' }))
      .then([{ type: 'AbsenceEnded', data: { absenceId: open.data.absenceId, to: '2026-02-20' } }]);
  });

  it('may end on the first day', () => {
    const cmd = command.endAbsence(open.data.absenceId, { to: '2026-02-02' });
    given(history).when(cmd).then([eventOf(cmd)]);
  });

  it('refuses an unknown absence', () => {
    given(history).when(command.endAbsence('no-such-absence')).thenThrows('ABSENCE_NOT_FOUND');
  });

  it('refuses a spell already ended', () => {
    given([...history, eventOf(command.endAbsence(open.data.absenceId))])
      .when(command.endAbsence(open.data.absenceId, { to: '2026-02-25' }))
      .thenThrows('ABSENCE_ALREADY_ENDED');
  });

  it('refuses a spell recorded with its end', () => {
    const bounded = command.recordAbsence({ from: '2026-02-02', to: '2026-02-06' });
    given([opened(), eventOf(bounded)])
      .when(command.endAbsence(bounded.data.absenceId, { to: '2026-02-05' }))
      .thenThrows('ABSENCE_ALREADY_ENDED');
  });

  it('refuses an end before the start', () => {
    given(history)
      .when(command.endAbsence(open.data.absenceId, { to: '2026-02-01' }))
      .thenThrows('INVALID_INPUT', [{ field: 'to', code: 'TOO_EARLY' }]);
  });

  it.each([undefined, '20.02.2026'])('refuses to = %p', (to) => {
    given(history)
      .when(command.endAbsence(open.data.absenceId, { to: bad(to) }))
      .thenThrows('INVALID_INPUT', [{ field: 'to' }]);
  });
});
