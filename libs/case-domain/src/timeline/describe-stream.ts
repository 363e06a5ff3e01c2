import { FACTOR_LABELS_NB } from '../codes';
import type { CaseEvent } from '../events/case-events';
import { describeEvent } from './describe-event';

/** One event of a case stream as the timeline needs it. */
export interface TimelineEvent {
  type: string;
  data: Record<string, unknown>;
  actorId: string;
  occurredAt: string;
}

export interface StreamNames {
  /** The case's employee; null when erased or unknown. */
  employeeName: string | null;
  userName(userId: string): string | undefined;
}

export const UNKNOWN_USER_NB = 'Ukjent bruker';

/**
 * The Norwegian sentence of every event of one case, oldest first. Risks and actions are
 * named as the stream introduced them, so a later completion says which measure it was.
 */
export function describeStream(events: readonly TimelineEvent[], names: StreamNames): string[] {
  const risks = new Map<string, string>();
  const actions = new Map<string, string | null>();
  const leaderId = events.find((e) => e.type === 'CaseOpened')?.data.leaderId;
  return events.map((row) => {
    const d = row.data;
    if (row.type === 'RiskIdentified') risks.set(String(d.riskId), FACTOR_LABELS_NB[d.factor as keyof typeof FACTOR_LABELS_NB] ?? String(d.factor));
    if (row.type === 'ActionAgreed') actions.set(String(d.actionId), typeof d.title === 'string' ? d.title : null);
    return describeEvent({ type: row.type, data: d } as CaseEvent, {
      actorName: names.userName(row.actorId) ?? UNKNOWN_USER_NB,
      employeeName: names.employeeName,
      userName: names.userName,
      riskLabel: (id) => risks.get(id),
      actionTitle: (id) => actions.get(id),
      occurredAt: row.occurredAt,
      actorIsLeader: row.actorId === leaderId,
    });
  });
}
