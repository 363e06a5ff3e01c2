import { formatOsloDateTime } from './format-nb';

describe('formatOsloDateTime', () => {
  it.each([
    ['2026-11-22T09:15:00.000Z', '22.11.2026 10:15'], // winter: UTC+1
    ['2026-07-01T22:30:00.000Z', '02.07.2026 00:30'], // summer: UTC+2, already the next day in Oslo
    ['2026-03-29T00:59:59.000Z', '29.03.2026 01:59'], // the last minute before summer time
    ['2026-03-29T01:00:00.000Z', '29.03.2026 03:00'], // summer time begins: 02:00 becomes 03:00
    ['2026-10-25T00:59:00.000Z', '25.10.2026 02:59'], // the first 02:59 of the night
    ['2026-10-25T01:00:00.000Z', '25.10.2026 02:00'], // winter time begins: 03:00 becomes 02:00 again
    ['2026-12-31T23:05:00.000Z', '01.01.2027 00:05'], // a new year in Oslo before UTC
  ])('%s is %s in Oslo', (instant, expected) => {
    expect(formatOsloDateTime(instant)).toBe(expected);
    expect(formatOsloDateTime(new Date(instant))).toBe(expected);
  });

  it('agrees with Intl (nb-NO, Europe/Oslo) at every 97 minutes over ten years', () => {
    const intl = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    const differing: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2030, 0, 1); t += 97 * 60_000) {
      const instant = new Date(t);
      if (formatOsloDateTime(instant) !== intl.format(instant).replace(',', '')) differing.push(instant.toISOString());
    }
    expect(differing).toEqual([]);
  });
});
