import { CaseCommandMessage } from '../case-command-message';
import type { CloseCaseDto } from './close-case.dto';

/** Close the case (it then accepts only reopening). */
export class CloseCaseCommand extends CaseCommandMessage<CloseCaseDto> {}
