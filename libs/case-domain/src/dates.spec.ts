import { addDays, calendarDate, daysInclusive, isIsoDate } from './dates';

describe('calendarDate in Europe/Oslo', () => {
  it.each([
    ['2026-03-01T22:59:59Z', '2026-03-01'], // winter, UTC+1: 23:59:59 in Oslo
    ['2026-03-01T23:00:00Z', '2026-03-02'], // midnight in Oslo
    ['2026-03-01T23:30:00Z', '2026-03-02'],
    ['2026-06-30T21:59:00Z', '2026-06-30'], // summer, UTC+2
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-12-31T23:15:00Z', '2027-01-01'], // a new year in Oslo first
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night clocks go forward
  ])('%s is %s in Oslo', (instant, expected) => {
    expect(calendarDate(new Date(instant), 'Europe/Oslo')).toBe(expected);
  });

  it('differs from the UTC date in the last hour of the Oslo day', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(instant.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(calendarDate(instant, 'Europe/Oslo')).toBe('2026-03-02');
  });

  it('follows the zone it is given', () => {
    expect(calendarDate(new Date('2026-03-01T23:30:00Z'), 'UTC')).toBe('2026-03-01');
  });
});

describe('isIsoDate', () => {
  it.each(['2026-03-01', '2024-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-1', '01.03.2026', '2026-03-01T00:00:00Z', '', 20260301, null])(
    'refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('day arithmetic', () => {
  it.each([
    ['2026-02-27', 3, '2026-03-02'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // across the DST change
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %p days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-02', '2026-02-02', 1],
    ['2026-02-02', '2026-02-04', 3],
    ['2026-02-27', '2026-03-01', 3],
    ['2026-03-28', '2026-03-30', 3], // across the DST change
    ['2024-02-28', '2024-03-01', 3], // leap year
  ])('%s – %s is %p days inclusive', (from, to, expected) => {
    expect(daysInclusive(from, to)).toBe(expected);
  });
});
