import { calendarDate, type IsoDate } from '../dates';
import { DomainError } from '../errors';
import type { CaseRules } from '../rules';

/** What decide gets besides the command and the state: the time, the actor and the rules. */
export interface DecideContext {
  /** The current instant; the domain has no clock of its own. */
  now: Date;
  actorId: string;
  rules: CaseRules;
}

/** Today's calendar date where the rules say (Europe/Oslo by default), not the UTC date. */
export function todayOf(ctx: DecideContext): IsoDate {
  return calendarDate(ctx.now, ctx.rules.timeZone);
}

/**
 * Refuses an id that already names something of the same kind in this case: ids come from
 * the caller, and reusing one would make two entries indistinguishable.
 */
export function assertNewId(existing: ReadonlyArray<{ id: string }>, id: unknown, what: string): void {
  if (existing.some((entry) => entry.id === id)) {
    throw new DomainError('ID_ALREADY_USED', `The ${what} id ${String(id)} is already used in this case`);
  }
}
