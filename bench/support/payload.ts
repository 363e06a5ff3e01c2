import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@app/event-store';

const TYPES = ['FollowUpMeetingHeld', 'SickLeaveRegistered', 'MeasureAgreed', 'CaseNoteAdded'];
const DAY_MS = 86_400_000;
const BASE_TIME = Date.parse('2026-01-05T08:00:00.000Z');

/**
 * A case event of about 0.5 KB as JSON (ids, names, dates, a note), the size the
 * targets were set for. Every append suite writes these, so ratios compare like with like.
 */
export function caseEvent(seq: number): NewEvent {
  const at = new Date(BASE_TIME + (seq % 300) * DAY_MS).toISOString();
  return {
    eventId: randomUUID(),
    type: TYPES[seq % TYPES.length],
    data: {
      caseId: randomUUID(),
      employeeId: randomUUID(),
      departmentId: `dept-${seq % 97}`,
      manager: 'Kari Nordmann',
      category: 'psychosocial',
      status: 'follow_up',
      sickLeavePercent: 50,
      meetingAt: at,
      dueDate: at.slice(0, 10),
      participants: ['manager', 'employee', 'safety_representative'],
      summary:
        'Employee and manager agreed on adjusted duties for four weeks; the occupational health ' +
        'service is consulted before the next review, and the plan is shared with NAV.',
    },
    context: { actorId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID(), occurredAt: at },
  };
}

const FAKE_HASH = 'f'.repeat(64);

/**
 * The metadata the store would write for `event`, with placeholder hashes of the real
 * length: raw baselines send the same bytes without computing the chain.
 */
export function rawMetadata(event: NewEvent): Record<string, unknown> {
  return {
    actorId: event.context.actorId,
    correlationId: event.context.correlationId,
    causationId: event.context.causationId,
    occurredAt: event.context.occurredAt,
    prevHash: FAKE_HASH,
    hash: FAKE_HASH,
  };
}
