import { CaseCommandMessage } from '../case-command-message';
import type { IdentifyRiskDto } from './identify-risk.dto';

/** Record a psychosocial risk in the case (a § 4-3 factor, its severity and where it came from). */
export class IdentifyRiskCommand extends CaseCommandMessage<IdentifyRiskDto> {}
