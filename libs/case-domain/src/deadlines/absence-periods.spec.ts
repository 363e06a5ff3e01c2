import { absencePeriods, gradeOn, type AbsenceSpell } from './absence-periods';

const spell = (from: string, to?: string, grade = 100, kind: AbsenceSpell['kind'] = 'sick_note'): AbsenceSpell => ({
  from,
  ...(to !== undefined ? { to } : {}),
  grade,
  kind,
});

describe('absencePeriods', () => {
  it('makes one period of one closed spell', () => {
    expect(absencePeriods([spell('2026-01-05', '2026-01-20')])).toEqual([
      { start: '2026-01-05', end: '2026-01-20', spells: [spell('2026-01-05', '2026-01-20')], leave: 'full' },
    ]);
  });

  it('merges two spells 10 days apart into one period from the first day', () => {
    const first = spell('2026-01-05', '2026-01-10');
    const second = spell('2026-01-21', '2026-02-15'); // 11–20 January between: 10 days
    const periods = absencePeriods([first, second]);
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ start: '2026-01-05', end: '2026-02-15', spells: [first, second] });
  });

  it('makes two periods of spells 20 days apart', () => {
    const periods = absencePeriods([spell('2026-01-05', '2026-01-10'), spell('2026-01-31', '2026-02-15')]);
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-01-05', '2026-01-10'],
      ['2026-01-31', '2026-02-15'],
    ]);
  });

  // The first spell ends 10 January; "days apart" = the days between, both ends excluded.
  it.each([
    ['2026-01-11', 0, 1], // the next day: no day between
    ['2026-01-12', 1, 1],
    ['2026-01-25', 14, 1],
    ['2026-01-26', 15, 1], // 11–25 January: 15 days between, still less than 16
    ['2026-01-27', 16, 2], // 11–26 January: 16 days between, a new period
    ['2026-02-10', 30, 2],
  ])('a next spell from %s (%i days between) gives %i period(s)', (nextFrom, _between, count) => {
    const periods = absencePeriods([spell('2026-01-01', '2026-01-10'), spell(nextFrom, '2026-03-01')]);
    expect(periods).toHaveLength(count);
    expect(periods[0].start).toBe('2026-01-01');
  });

  it('chains: each spell is measured from the end of the one before, not from the period start', () => {
    const periods = absencePeriods([
      spell('2026-01-01', '2026-01-03', 100, 'self_certified'),
      spell('2026-01-15', '2026-01-17', 100, 'self_certified'),
      spell('2026-01-30', '2026-02-01', 100, 'self_certified'),
    ]);
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ start: '2026-01-01', end: '2026-02-01' });
  });

  it('sorts spells given out of order', () => {
    const periods = absencePeriods([spell('2026-03-01', '2026-03-05'), spell('2026-01-01', '2026-01-05')]);
    expect(periods.map((p) => p.start)).toEqual(['2026-01-01', '2026-03-01']);
  });

  it('keeps the period of an open spell open (no end)', () => {
    const periods = absencePeriods([spell('2026-01-01', '2026-01-05'), spell('2026-01-12')]);
    expect(periods).toHaveLength(1);
    expect(periods[0].start).toBe('2026-01-01');
    expect(periods[0]).not.toHaveProperty('end');
  });

  it('keeps a later spell in the period of an open one', () => {
    const periods = absencePeriods([spell('2026-01-01'), spell('2026-06-01', '2026-06-03')]);
    expect(periods).toHaveLength(1);
    expect(periods[0]).not.toHaveProperty('end');
  });

  it('returns no period without absence', () => {
    expect(absencePeriods([])).toEqual([]);
  });

  it.each([
    [[100, 100], 'full'],
    [[50, 60], 'graded'],
    [[100, 50], 'mixed'],
    [[20, 100], 'mixed'],
  ] as const)('grades %j give leave %s', (grades, leave) => {
    const periods = absencePeriods([spell('2026-01-01', '2026-01-10', grades[0]), spell('2026-01-11', '2026-01-20', grades[1])]);
    expect(periods[0].leave).toBe(leave);
  });
});

describe('gradeOn', () => {
  const [period] = absencePeriods([
    spell('2026-01-01', '2026-01-10', 100),
    spell('2026-01-15', '2026-01-31', 50),
    spell('2026-02-01', undefined, 80),
  ]);

  it.each([
    ['2025-12-31', undefined], // before the period
    ['2026-01-01', 100],
    ['2026-01-10', 100],
    ['2026-01-12', 100], // between spells: the latest spell begun
    ['2026-01-15', 50],
    ['2026-02-01', 80],
    ['2026-06-01', 80], // the open spell
  ])('on %s is %p', (date, grade) => {
    expect(gradeOn(period, date)).toBe(grade);
  });
});
