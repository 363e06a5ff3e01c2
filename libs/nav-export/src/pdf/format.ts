import { formatDateNb, formatNok, formatOsloDateTime, type IsoDate } from '@app/case-domain';
import { isErased } from '@app/event-store';

/**
 * How the dossier prints values. Everything shown to a reader goes through here, so an empty
 * field always reads "—" and an erased one "Slettet", never "null" or "[object Object]".
 */

export const DASH = '—';
export const ERASED = 'Slettet';

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

/** An instant as "03.12.2026 14:05" in Europe/Oslo, as the timeline route shows it. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? DASH : formatOsloDateTime(instant);
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
