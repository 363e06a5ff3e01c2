import { addDays } from '../dates';
import { replayCase } from '../case/evolve';
import { command, eventOf, opened } from '../testing/factories';
import { givenMeta } from '../testing/decider-spec';
import type { AbsenceSpell } from './absence-periods';
import {
  actionDeadlines,
  allDeadlines,
  deadlineStatusLabelNb,
  nextDeadline,
  statutoryDeadlines,
  type StatutoryDeadline,
  type StatutoryDeadlineInput,
} from './deadlines';
import { DEADLINE_LABELS_NB, STATUTORY_DEADLINE_CODES, type StatutoryDeadlineCode } from '../codes';

const spell = (from: string, to?: string, grade = 100): AbsenceSpell => ({
  from,
  ...(to !== undefined ? { to } : {}),
  grade,
  kind: 'sick_note',
});

const input = (partial: Partial<StatutoryDeadlineInput>): StatutoryDeadlineInput => ({
  absences: [],
  followUpPlans: [],
  dialogueMeetings: [],
  ...partial,
});

const byCode = (deadlines: StatutoryDeadline[], code: StatutoryDeadlineCode, periodStart?: string): StatutoryDeadline => {
  const found = deadlines.find((d) => d.code === code && (periodStart === undefined || d.periodStart === periodStart));
  if (!found) throw new Error(`no ${code} in ${JSON.stringify(deadlines)}`);
  return found;
};

// A period starting Monday 5 January 2026; due dates counted by hand in the calendar.
const START = '2026-01-05';

describe('statutoryDeadlines: due dates from the first day of the period', () => {
  it.each([
    ['employer_period_end', '2026-01-20'], // +15: day 16
    ['follow_up_plan', '2026-02-02'], // +28: four weeks
    ['dialogue_meeting_1', '2026-02-23'], // +49: seven weeks
    ['activity_requirement', '2026-03-02'], // +56: eight weeks (February has 28 days)
    ['follow_up_plan_update', '2026-06-29'], // +175
    ['dialogue_meeting_2', '2026-07-06'], // +182: 26 weeks
    ['max_sick_pay', '2027-01-04'], // +364: 52 weeks
  ] as const)('%s is due %s', (code, dueDate) => {
    const deadlines = statutoryDeadlines(input({ absences: [spell(START)] }), '2026-01-05');
    expect(byCode(deadlines, code)).toMatchObject({ periodStart: START, dueDate });
  });

  it('gives every code once per period, in legal order, with a Norwegian explanation and label', () => {
    const deadlines = statutoryDeadlines(input({ absences: [spell(START)] }), START);
    expect(deadlines.map((d) => d.code)).toEqual([...STATUTORY_DEADLINE_CODES]);
    for (const d of deadlines) {
      expect(d.explanation).toMatch(/^[A-ZÆØÅ].*\.$/);
      expect(DEADLINE_LABELS_NB[d.code]).toBeTruthy();
    }
    expect(byCode(deadlines, 'follow_up_plan').explanation).toBe('Oppfølgingsplanen skal være laget innen fire uker (AML § 4-6).');
  });

  it('has no deadlines without absence', () => {
    expect(statutoryDeadlines(input({}), START)).toEqual([]);
  });

  it('counts from the first day of merged spells (10 days apart: one period)', () => {
    const deadlines = statutoryDeadlines(
      input({ absences: [spell('2026-01-05', '2026-01-10'), spell('2026-01-21')] }),
      '2026-01-21',
    );
    expect(new Set(deadlines.map((d) => d.periodStart))).toEqual(new Set(['2026-01-05']));
    expect(byCode(deadlines, 'follow_up_plan').dueDate).toBe('2026-02-02');
  });

  it('starts again for spells 20 days apart (two periods)', () => {
    const deadlines = statutoryDeadlines(
      input({ absences: [spell('2026-01-05', '2026-01-10'), spell('2026-01-31')] }),
      '2026-01-31',
    );
    expect(deadlines).toHaveLength(2 * STATUTORY_DEADLINE_CODES.length);
    expect(byCode(deadlines, 'follow_up_plan', '2026-01-05').status).toBe('not_applicable');
    expect(byCode(deadlines, 'follow_up_plan', '2026-01-31')).toMatchObject({ dueDate: '2026-02-28', status: 'upcoming' });
  });
});

describe('statutoryDeadlines: status by today (follow_up_plan due 2026-02-02, open spell)', () => {
  it.each([
    ['2026-01-05', 'upcoming'],
    ['2026-01-26', 'upcoming'], // 7 days left: not yet within the seven days from today
    ['2026-01-27', 'due_soon'], // 6 days left: the due date is the 7th day counting today
    ['2026-02-01', 'due_soon'],
    ['2026-02-02', 'due_soon'], // due today
    ['2026-02-03', 'overdue'],
    ['2026-05-01', 'overdue'],
  ])('on %s it is %s', (today, status) => {
    const d = byCode(statutoryDeadlines(input({ absences: [spell(START)] }), today), 'follow_up_plan');
    expect(d.status).toBe(status);
    expect(d).not.toHaveProperty('metOn');
    expect(d).not.toHaveProperty('late');
  });
});

describe('statutoryDeadlines: met by events', () => {
  it.each([
    ['2026-01-05', false], // the first day
    ['2026-02-02', false], // on the due date
    ['2026-02-10', true], // made late: met, late
  ])('a follow-up plan made %s meets follow_up_plan (late: %p)', (madeOn, late) => {
    const d = byCode(
      statutoryDeadlines(input({ absences: [spell(START)], followUpPlans: [{ madeOn }] }), '2026-03-01'),
      'follow_up_plan',
    );
    expect(d).toMatchObject({ status: 'met', metOn: madeOn, late });
  });

  it('does not count a plan made before the period began', () => {
    const d = byCode(
      statutoryDeadlines(input({ absences: [spell(START)], followUpPlans: [{ madeOn: '2026-01-04' }] }), '2026-03-01'),
      'follow_up_plan',
    );
    expect(d.status).toBe('overdue');
  });

  it('meets follow_up_plan_update with a second plan, not with the first', () => {
    const oneplan = statutoryDeadlines(input({ absences: [spell(START)], followUpPlans: [{ madeOn: '2026-01-30' }] }), '2026-07-01');
    expect(byCode(oneplan, 'follow_up_plan').status).toBe('met');
    expect(byCode(oneplan, 'follow_up_plan_update').status).toBe('overdue');

    const twoPlans = statutoryDeadlines(
      input({ absences: [spell(START)], followUpPlans: [{ madeOn: '2026-06-20' }, { madeOn: '2026-01-30' }] }),
      '2026-07-01',
    );
    expect(byCode(twoPlans, 'follow_up_plan')).toMatchObject({ status: 'met', metOn: '2026-01-30', late: false });
    expect(byCode(twoPlans, 'follow_up_plan_update')).toMatchObject({ status: 'met', metOn: '2026-06-20', late: false });
  });

  it('meets the dialogue meetings by their number only', () => {
    const deadlines = statutoryDeadlines(
      input({
        absences: [spell(START)],
        dialogueMeetings: [
          { number: 2, heldOn: '2026-02-20' },
          { number: 3, heldOn: '2026-02-21' },
        ],
      }),
      '2026-03-01',
    );
    expect(byCode(deadlines, 'dialogue_meeting_1').status).toBe('overdue');
    expect(byCode(deadlines, 'dialogue_meeting_2')).toMatchObject({ status: 'met', metOn: '2026-02-20', late: false });
  });

  it('meets dialogue_meeting_1 late', () => {
    const d = byCode(
      statutoryDeadlines(input({ absences: [spell(START)], dialogueMeetings: [{ number: 1, heldOn: '2026-03-01' }] }), '2026-03-05'),
      'dialogue_meeting_1',
    );
    expect(d).toMatchObject({ status: 'met', metOn: '2026-03-01', late: true });
    expect(d.statusNote).toContain('etter fristen');
  });

  it('matches an event to the period it falls in, not to an earlier one', () => {
    const deadlines = statutoryDeadlines(
      input({
        absences: [spell('2026-01-05', '2026-02-20'), spell('2026-04-01')],
        followUpPlans: [{ madeOn: '2026-04-10' }],
      }),
      '2026-04-15',
    );
    expect(byCode(deadlines, 'follow_up_plan', '2026-01-05').status).toBe('overdue');
    expect(byCode(deadlines, 'follow_up_plan', '2026-04-01')).toMatchObject({ status: 'met', metOn: '2026-04-10' });
  });
});

describe('statutoryDeadlines: dialogue_meeting_1 only for full leave (the grade on its due date)', () => {
  it.each([
    ['full leave', [spell(START)], 'overdue'],
    ['graded leave', [spell(START, undefined, 50)], 'not_applicable'],
    ['full, then graded before the due date', [spell(START, '2026-01-31'), spell('2026-02-01', undefined, 60)], 'not_applicable'],
    ['graded, then full before the due date', [spell(START, '2026-01-31', 60), spell('2026-02-01')], 'overdue'],
    ['full, then graded after the due date', [spell(START, '2026-02-23'), spell('2026-02-24', undefined, 60)], 'overdue'],
  ])('%s -> %s', (_name, absences, status) => {
    const deadlines = statutoryDeadlines(input({ absences }), '2026-03-01');
    expect(byCode(deadlines, 'dialogue_meeting_1').status).toBe(status);
    // The other duties do not depend on the grade.
    expect(byCode(deadlines, 'follow_up_plan').status).toBe('overdue');
  });

  it('explains why it is not required on graded leave', () => {
    const d = byCode(statutoryDeadlines(input({ absences: [spell(START, undefined, 50)] }), '2026-03-01'), 'dialogue_meeting_1');
    expect(d.statusNote).toContain('50 %');
  });

  it('is met on graded leave when a meeting was held anyway', () => {
    const d = byCode(
      statutoryDeadlines(
        input({ absences: [spell(START, undefined, 50)], dialogueMeetings: [{ number: 1, heldOn: '2026-02-10' }] }),
        '2026-03-01',
      ),
      'dialogue_meeting_1',
    );
    expect(d).toMatchObject({ status: 'met', metOn: '2026-02-10', late: false });
  });
});

describe('statutoryDeadlines: a spell that ends early', () => {
  // Absent 5–25 January: the employer period ended inside it, nothing after it applies.
  const deadlines = statutoryDeadlines(input({ absences: [spell(START, '2026-01-25')] }), '2026-03-10');

  it('reached the end of the employer period (day 16) while absent', () => {
    expect(byCode(deadlines, 'employer_period_end')).toMatchObject({ status: 'met', metOn: '2026-01-20', late: false });
  });

  it.each(STATUTORY_DEADLINE_CODES.filter((code) => code !== 'employer_period_end'))('%s is not_applicable', (code) => {
    const d = byCode(deadlines, code);
    expect(d.status).toBe('not_applicable');
    expect(d.statusNote).toContain('25. januar 2026');
  });

  it('is not_applicable even before the due date once the end is known', () => {
    const early = statutoryDeadlines(input({ absences: [spell(START, '2026-01-25')] }), '2026-01-10');
    expect(byCode(early, 'follow_up_plan').status).toBe('not_applicable');
    expect(byCode(early, 'employer_period_end').status).toBe('upcoming');
  });

  it('stays met when the plan was made although the absence ended before the due date', () => {
    const d = byCode(
      statutoryDeadlines(input({ absences: [spell(START, '2026-01-25')], followUpPlans: [{ madeOn: '2026-01-20' }] }), '2026-03-10'),
      'follow_up_plan',
    );
    expect(d.status).toBe('met');
  });

  it('counts the last day: absence up to the due date keeps it applicable', () => {
    const d = byCode(statutoryDeadlines(input({ absences: [spell(START, '2026-02-02')] }), '2026-02-03'), 'follow_up_plan');
    expect(d.status).toBe('overdue');
  });
});

describe('statutoryDeadlines: milestones are reached, never overdue', () => {
  it.each([
    ['employer_period_end', '2026-01-12', 'upcoming'],
    ['employer_period_end', '2026-01-14', 'due_soon'],
    ['employer_period_end', '2026-01-19', 'due_soon'],
    ['employer_period_end', '2026-01-20', 'met'],
    ['employer_period_end', '2026-06-01', 'met'],
    ['activity_requirement', '2026-03-01', 'due_soon'],
    ['activity_requirement', '2026-03-02', 'met'],
    ['max_sick_pay', '2026-12-31', 'due_soon'],
    ['max_sick_pay', '2027-01-04', 'met'],
  ] as const)('%s on %s (open spell) is %s', (code, today, status) => {
    const d = byCode(statutoryDeadlines(input({ absences: [spell(START)] }), today), code);
    expect(d.status).toBe(status);
    expect(d.kind).toBe('milestone');
    if (status === 'met') expect(d).toMatchObject({ metOn: d.dueDate, late: false });
    expect(deadlineStatusLabelNb(d)).toBe(status === 'met' ? 'Nådd' : status === 'due_soon' ? 'Snart frist' : 'Kommer');
  });

  it('an open spell keeps every later deadline counting (nothing not_applicable)', () => {
    const deadlines = statutoryDeadlines(input({ absences: [spell(START)] }), '2026-02-10');
    expect(deadlines.map((d) => [d.code, d.status])).toEqual([
      ['employer_period_end', 'met'],
      ['follow_up_plan', 'overdue'],
      ['dialogue_meeting_1', 'upcoming'],
      ['activity_requirement', 'upcoming'],
      ['follow_up_plan_update', 'upcoming'],
      ['dialogue_meeting_2', 'upcoming'],
      ['max_sick_pay', 'upcoming'],
    ]);
  });
});

describe('actionDeadlines', () => {
  const action = (dueDate: string, completedOn?: string, title: string | null = 'Omfordele saksmengde') => ({
    id: `a-${dueDate}-${completedOn ?? 'open'}`,
    title,
    dueDate,
    ...(completedOn ? { completion: { completedOn } } : {}),
  });

  it.each([
    ['2026-03-20', undefined, '2026-03-10', 'upcoming', undefined],
    ['2026-03-16', undefined, '2026-03-10', 'due_soon', undefined],
    ['2026-03-09', undefined, '2026-03-10', 'overdue', undefined],
    ['2026-03-09', '2026-03-09', '2026-03-10', 'met', false],
    ['2026-03-09', '2026-03-01', '2026-03-10', 'met', false],
    ['2026-03-09', '2026-03-10', '2026-03-10', 'met', true],
  ])('due %s, completed %p, today %s: %s (late %p)', (dueDate, completedOn, today, status, late) => {
    const [d] = actionDeadlines([action(dueDate, completedOn)], today);
    expect(d).toMatchObject({ code: 'action_due', kind: 'duty', dueDate, status, title: 'Omfordele saksmengde' });
    expect(d.late).toBe(late);
    expect(d.metOn).toBe(completedOn);
    expect(d.explanation).toContain('«Omfordele saksmengde»');
  });

  it('reads an erased title as null and still explains', () => {
    const [d] = actionDeadlines([{ ...action('2026-03-20'), title: { $erased: true } as never }], '2026-03-10');
    expect(d.title).toBeNull();
    expect(d.explanation).toBe('Tiltaket skal være gjennomført innen fristen som ble avtalt.');
  });
});

describe('allDeadlines and nextDeadline', () => {
  const state = {
    absences: [spell(START)],
    followUpPlans: [{ madeOn: '2026-01-30' }],
    dialogueMeetings: [],
    actions: [
      { id: 'late-action', title: 'Samtale', dueDate: '2026-02-01' },
      { id: 'done', title: 'Prioriteringsmøte', dueDate: '2026-01-10', completion: { completedOn: '2026-01-09' } },
    ],
  };

  it('combines statutory and action deadlines sorted by due date', () => {
    const deadlines = allDeadlines(state, '2026-02-10');
    const dueDates = deadlines.map((d) => d.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(deadlines).toHaveLength(STATUTORY_DEADLINE_CODES.length + 2);
    expect(deadlines.slice(0, 4).map((d) => (d.code === 'action_due' ? d.actionId : d.code))).toEqual([
      'done',
      'employer_period_end',
      'late-action',
      'follow_up_plan',
    ]);
  });

  it('nextDeadline is the earliest one neither met nor not_applicable', () => {
    const next = nextDeadline(allDeadlines(state, '2026-02-10'));
    expect(next).toMatchObject({ code: 'action_due', actionId: 'late-action', status: 'overdue' });
  });

  it('nextDeadline skips graded dialogue_meeting_1 and finds nothing when all is done', () => {
    const deadlines: StatutoryDeadline[] = [
      { code: 'dialogue_meeting_1', kind: 'duty', periodStart: START, dueDate: '2026-02-23', status: 'not_applicable', explanation: '' },
      { code: 'follow_up_plan', kind: 'duty', periodStart: START, dueDate: '2026-02-02', status: 'met', explanation: '' },
    ];
    expect(nextDeadline(deadlines)).toBeUndefined();
    const upcoming: StatutoryDeadline = { ...deadlines[0], code: 'activity_requirement', dueDate: '2026-03-02', status: 'upcoming' };
    const soon: StatutoryDeadline = { ...deadlines[0], code: 'follow_up_plan_update', dueDate: '2026-03-01', status: 'due_soon' };
    expect(nextDeadline([...deadlines, upcoming, soon])).toBe(soon);
  });

  it('a closed case owes nothing: open deadlines become not_applicable, met ones stay', () => {
    const deadlines = allDeadlines({ ...state, status: 'closed' }, '2026-02-10');
    expect(deadlines.filter((d) => d.status !== 'met' && d.status !== 'not_applicable')).toEqual([]);
    expect(deadlines.find((d) => d.code === 'follow_up_plan')?.status).toBe('met');
    expect(deadlines.find((d) => d.code === 'action_due' && d.actionId === 'late-action')?.statusNote).toBe('Saken er avsluttet.');
    expect(nextDeadline(deadlines)).toBeUndefined();
  });

  it('works on a CaseState folded from events', () => {
    const events = [
      opened({ kind: 'absence' }),
      eventOf(command.recordAbsence({ from: '2026-02-02', grade: 100 })),
      eventOf(command.recordFollowUpPlan({ madeOn: '2026-02-25' })),
      eventOf(command.agreeAction({ actionId: 'x', dueDate: '2026-04-01' })),
    ];
    const caseState = replayCase(events.map((event, i) => ({ event, meta: givenMeta(i) })));
    const deadlines = allDeadlines(caseState, '2026-03-10');
    const plan = deadlines.find((d) => d.code === 'follow_up_plan');
    expect(plan).toMatchObject({ dueDate: addDays('2026-02-02', 28), status: 'met', metOn: '2026-02-25', late: false });
    expect(deadlines.find((d) => d.code === 'dialogue_meeting_1')).toMatchObject({ dueDate: '2026-03-23', status: 'upcoming' });
    expect(nextDeadline(deadlines)?.code).toBe('dialogue_meeting_1');
  });
});
