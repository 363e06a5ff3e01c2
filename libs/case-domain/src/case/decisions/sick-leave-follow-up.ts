import { PARTICIPANTS } from '../../codes';
import type { RecordDialogueMeeting, RecordFollowUpPlan } from '../../commands';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';
import type { CaseState } from '../case-state';
import { assertNewId, todayOf, type DecideContext } from '../decide-context';

/** RecordFollowUpPlan: a plan that was made (so not on a future day). */
export function recordFollowUpPlan({ data }: RecordFollowUpPlan, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const check = new FieldChecks();
  check.id('planId', data.planId);
  check.date('madeOn', data.madeOn, { notAfter: todayOf(ctx) });
  check.text('summary', data.summary);
  check.boolean('sharedWithSickNoteWriter', data.sharedWithSickNoteWriter);
  check.throwIfAny();
  assertNewId(state.followUpPlans, data.planId, 'follow-up plan');
  return [
    {
      type: 'FollowUpPlanRecorded',
      data: {
        planId: data.planId,
        madeOn: data.madeOn,
        summary: data.summary,
        sharedWithSickNoteWriter: data.sharedWithSickNoteWriter,
      },
    },
  ];
}

/** RecordDialogueMeeting: dialogmøte 1, 2 or 3 that was held, with who took part. */
export function recordDialogueMeeting(
  { data }: RecordDialogueMeeting,
  state: CaseState,
  ctx: DecideContext,
): CaseEvent[] {
  const check = new FieldChecks();
  check.id('meetingId', data.meetingId);
  check.number('number', data.number, { min: 1, max: 3, whole: true });
  check.date('heldOn', data.heldOn, { notAfter: todayOf(ctx) });
  check.codeList('participants', data.participants, PARTICIPANTS);
  check.text('summary', data.summary);
  check.throwIfAny();
  assertNewId(state.dialogueMeetings, data.meetingId, 'dialogue meeting');
  return [
    {
      type: 'DialogueMeetingHeld',
      data: {
        meetingId: data.meetingId,
        number: data.number,
        heldOn: data.heldOn,
        participants: [...data.participants],
        summary: data.summary,
      },
    },
  ];
}
