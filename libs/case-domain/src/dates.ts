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
  return wallClock(instant, timeZone).toISOString().slice(0, 10);
}

const HOUR_MS = 3_600_000;

/**
 * `instant` moved by `timeZone`'s offset, so that its UTC fields read as the wall clock there
 * (getUTCHours() is the local hour). Offsets change on whole hours, so Intl (some microseconds
 * a call) is asked once per zone and UTC hour: a timeline shows a date and a time per event.
 */
export function wallClock(instant: Date | string, timeZone: string): Date {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  let offset = offsetsByHour.get(key);
  if (offset === undefined) {
    const part = Object.fromEntries(wallClockFormatIn(timeZone).formatToParts(new Date(hour * HOUR_MS)).map((p) => [p.type, Number(p.value)]));
    offset = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - hour * HOUR_MS;
    if (offsetsByHour.size > 50_000) offsetsByHour.clear();
    offsetsByHour.set(key, offset);
  }
  return new Date(ms + offset);
}

const offsetsByHour = new Map<string, number>();

/** Building a formatter costs some 50 µs: one per zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    const numeric = 'numeric' as const;
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric });
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
