import { wallClock, type IsoDate } from '../dates';

/**
 * Norwegian (bokmål) formatting of dates, amounts and lists for sentences shown to people.
 * Written out by hand rather than with `Intl`: the result must not depend on the ICU data a
 * Node build ships with (nb-NO groups thousands with a no-break space, some builds fall back
 * to English), and tests compare whole sentences.
 */

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/**
 * "3. desember", or "3. desember 2027" when the year differs from `referenceYear` (the year of
 * the event the sentence describes). Without a reference year the year is always shown.
 */
export function formatDateNb(date: IsoDate, referenceYear?: number): string {
  const { year, month, day } = parts(date);
  const base = `${day}. ${MONTHS_NB[month - 1]}`;
  return referenceYear === year ? base : `${base} ${year}`;
}

/**
 * A range of days, both included: "3.–5. mars", "28. februar–3. mars", "3. mars" for one day,
 * "28. desember 2026–3. januar 2027" across a new year (both years then shown).
 */
export function formatDateRangeNb(from: IsoDate, to: IsoDate, referenceYear?: number): string {
  if (from === to) return formatDateNb(from, referenceYear);
  const a = parts(from);
  const b = parts(to);
  if (a.year !== b.year) return `${formatDateNb(from)}–${formatDateNb(to)}`;
  if (a.month === b.month) return `${a.day}.–${formatDateNb(to, referenceYear)}`;
  return `${formatDateNb(from, a.year)}–${formatDateNb(to, referenceYear)}`;
}

/** Whole kroner grouped by thousands with a space: 23100 -> "23 100 kr". */
export function formatNok(amount: number): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${rounded < 0 ? '-' : ''}${digits} kr`;
}

/** "A", "A og B", "A, B og C". */
export function joinNb(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** The first letter in lower case, unless the word is an abbreviation ("HR", "NAV"). */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1].toUpperCase() && text[1] !== text[1].toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first letter in upper case (a sentence may begin with a lower-case label). */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Free text on one line, for quoting inside a sentence. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as shown to users: Europe/Oslo, e.g. "22.11.2026 10:15". */
export function formatOsloDateTime(instant: Date | string): string {
  const local = wallClock(instant, 'Europe/Oslo');
  return `${two(local.getUTCDate())}.${two(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
