import { CasePartCommandMessage } from '../case-command-message';
import type { EvaluateActionDto } from './evaluate-action.dto';

/** Evaluate the effect of a completed measure (may be repeated over time). */
export class EvaluateActionCommand extends CasePartCommandMessage<EvaluateActionDto> {}
