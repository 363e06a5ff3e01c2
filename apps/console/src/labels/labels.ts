/** Norwegian labels the console shows for codes that are not in the domain's code lists. */
import type { DeadlineStatus, Role } from '../api/types';

export const ROLE_LABELS_NB: Record<Role, string> = {
  admin: 'Administrator',
  hr: 'HR',
  leader: 'Leder',
  safety_rep: 'Verneombud',
};

/** Designsystemet colours for a deadline status; the text always says the status too. */
export const DEADLINE_STATUS_COLORS: Record<DeadlineStatus, string> = {
  upcoming: 'neutral',
  due_soon: 'warning',
  overdue: 'danger',
  met: 'success',
  not_applicable: 'neutral',
};

export const SEVERITY_COLORS: Record<string, string> = {
  low: 'info',
  medium: 'warning',
  high: 'danger',
};

/** What an access-log entry's action code means (GET /api/cases/:id/access-log). */
export const ACCESS_ACTION_LABELS_NB: Record<string, string> = {
  'read:case': 'Åpnet saken',
  'read:timeline': 'Leste tidslinjen',
  'read:deadlines': 'Så fristene',
  'read:nav-application': 'Så NAV-søknaden',
  'read:verification': 'Kontrollerte hendelseskjeden',
  'read:access-log': 'Så innsynsloggen',
  'export:pdf': 'Lastet ned PDF',
  'export:json': 'Lastet ned JSON',
};

/** A Norwegian label for an access-log action; unknown codes are shown as they are. */
export function accessActionLabel(code: string): string {
  const known = ACCESS_ACTION_LABELS_NB[code];
  if (known) return known;
  // Refused commands are logged as `command:<Type>`.
  if (code.startsWith('command:')) return `Forsøkte å registrere i saken (${code.slice('command:'.length)})`;
  return code;
}

export const ACCESS_OUTCOME_LABELS_NB: Record<string, string> = {
  allowed: 'Tillatt',
  denied: 'Avvist',
};
