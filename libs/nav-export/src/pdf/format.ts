import { formatDateNb, formatNok, type IsoDate } from '@app/case-domain';

/**
 * How the dossier prints values. Everything shown to a reader goes through here, so an empty
 * field always reads "—" and an erased one "Slettet", never "null" or "[object Object]".
 */

export const DASH = '—';
export const ERASED = 'Slettet';

/** True for the event store's marker of a crypto-shredded field. */
export function isErased(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { $erased?: unknown }).$erased === true;
}

/** Free text or a name: "—" when empty, "Slettet" when erased. */
export function text(value: unknown): string {
  if (isErased(value)) return ERASED;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return DASH;
  return value;
}

/** "3. desember 2026"; "—" for no date. */
export function date(value: IsoDate | null | undefined): string {
  return value ? formatDateNb(value) : DASH;
}

// Built once: a formatter costs far more than formatting (the timeline prints 1,000+ times).
const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as "03.12.2026 14:05" in Europe/Oslo (parts by hand: no dependence on ICU's nb data). */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return DASH;
  const p = Object.fromEntries(OSLO.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

export function nok(amount: number | null | undefined): string {
  return typeof amount === 'number' ? formatNok(amount) : DASH;
}

export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nei';
}

/**
 * A national id shows only its birth-date part: "150385 *****". The printed dossier is
 * handed around; the birth date is enough to tell two people of the same name apart, and
 * NAV gets the full number in the digital form anyway (README.md).
 */
export function maskNationalId(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return text(value);
  const digits = value.replace(/\s/g, '');
  return `${digits.slice(0, 6)} ${'*'.repeat(Math.max(digits.length - 6, 0))}`;
}

/** The first 12 hex characters of a hash: enough to find the event in the JSON export. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
