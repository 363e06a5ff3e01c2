import { CaseCommandMessage } from '../case-command-message';
import type { RecordFollowUpPlanDto } from './record-follow-up-plan.dto';

/** Record the follow-up plan (oppfølgingsplan, AML § 4-6). */
export class RecordFollowUpPlanCommand extends CaseCommandMessage<RecordFollowUpPlanDto> {}
