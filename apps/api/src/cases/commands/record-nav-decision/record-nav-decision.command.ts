import { CaseCommandMessage } from '../case-command-message';
import type { RecordNavDecisionDto } from './record-nav-decision.dto';

/** Record NAV's decision on the expert-support application. */
export class RecordNavDecisionCommand extends CaseCommandMessage<RecordNavDecisionDto> {}
