/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Domain dates (absence from/to, due dates, ...)
 * are calendar dates without a time of day, so they are compared as strings (the ISO form
 * sorts chronologically) and counted in whole days with UTC arithmetic, which has no DST.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in the form YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date of `instant` in `timeZone`. "Today" in Oslo is not the UTC date: from
 * 23:00 or 22:00 UTC (winter, summer) Oslo is already on the next day.
 */
export function calendarDate(instant: Date, timeZone: string): IsoDate {
  // Offsets change on whole hours, so the date is the same for a whole UTC hour: remember it.
  const key = `${timeZone}|${Math.floor(instant.getTime() / 3_600_000)}`;
  const known = datesByHour.get(key);
  if (known) return known;
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (datesByHour.size > 50_000) datesByHour.clear();
  datesByHour.set(key, date);
  return date;
}

const datesByHour = new Map<string, IsoDate>();

/** Building a formatter costs some 50 µs; a timeline needs one date per event. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

function toUtcMillis(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

const DAY_MS = 86_400_000;

/** `date` moved by `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMillis(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both included: the same day is 1. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / DAY_MS) + 1;
}
