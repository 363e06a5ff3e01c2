import { CaseCommandMessage } from '../case-command-message';
import type { RequestExpertSupportDto } from './request-expert-support.dto';

/** Prepare the application to NAV for expert support (tilskudd til ekspertbistand). */
export class RequestExpertSupportCommand extends CaseCommandMessage<RequestExpertSupportDto> {}
