/** Dates are stored in UTC (instants) or as calendar days; users see them in Europe/Oslo. */
const DATE = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});
const DATE_TIME_SECONDS = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Oslo',
});
const NOK = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });

/** A calendar day `YYYY-MM-DD`, e.g. "3. des. 2026". */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '–';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DATE.format(date);
}

/** An instant, in Oslo time. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '–';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : DATE_TIME.format(date);
}

/** An instant to the second, in Oslo time (for logs). */
export function formatDateTimeSeconds(instant: string | null | undefined): string {
  if (!instant) return '–';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : DATE_TIME_SECONDS.format(date);
}

export function formatNok(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '–' : NOK.format(amount);
}

/** Today's calendar day in Oslo, `YYYY-MM-DD` (the default of date fields). */
export function todayOslo(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export function addDaysIso(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
