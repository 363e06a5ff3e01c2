import { CasePartCommandMessage } from '../case-command-message';
import type { CompleteActionDto } from './complete-action.dto';

/** Mark a measure as carried out, with its outcome. */
export class CompleteActionCommand extends CasePartCommandMessage<CompleteActionDto> {}
