import { CaseCommandMessage } from '../case-command-message';
import type { AgreeActionDto } from './agree-action.dto';

/** Record a measure (tiltak) agreed with the employee: responsible, due date and participants. */
export class AgreeActionCommand extends CaseCommandMessage<AgreeActionDto> {}
