import { CaseCommandMessage } from '../case-command-message';
import type { RecordConsentDto } from './record-consent.dto';

/** Record the employee's or the employer's consent to apply for expert support. */
export class RecordConsentCommand extends CaseCommandMessage<RecordConsentDto> {}
