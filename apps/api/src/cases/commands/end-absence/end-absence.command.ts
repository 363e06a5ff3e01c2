import { CasePartCommandMessage } from '../case-command-message';
import type { EndAbsenceDto } from './end-absence.dto';

/** End an open absence spell on its last day. */
export class EndAbsenceCommand extends CasePartCommandMessage<EndAbsenceDto> {}
