import { CaseCommandMessage } from '../case-command-message';
import type { RecordDialogueMeetingDto } from './record-dialogue-meeting.dto';

/** Record a dialogue meeting (dialogmøte 1, 2 or 3). */
export class RecordDialogueMeetingCommand extends CaseCommandMessage<RecordDialogueMeetingDto> {}
