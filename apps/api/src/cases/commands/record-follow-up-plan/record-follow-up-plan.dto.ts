import { RequiredBoolean, RequiredDate, RequiredText } from '../../../http/dto-fields';

/** The body of …/follow-up-plans. */
export class RecordFollowUpPlanDto {
  @RequiredDate('2026-11-25')
  madeOn: string;

  @RequiredText('Gradert arbeid 50 %, avlastning i kveldsvakter, ny samtale om to uker')
  summary: string;

  @RequiredBoolean('Sent to the sick-note writer (sykmelder)')
  sharedWithSickNoteWriter: boolean;
}
