import { CaseCommandMessage } from '../case-command-message';
import type { ReopenCaseDto } from './reopen-case.dto';

/** Reopen a closed case. */
export class ReopenCaseCommand extends CaseCommandMessage<ReopenCaseDto> {}
