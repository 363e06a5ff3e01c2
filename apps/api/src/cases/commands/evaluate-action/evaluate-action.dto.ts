import { EVALUATION_EFFECTS, type EvaluationEffect } from '@app/case-domain';
import { RequiredCode, RequiredText } from '../../../http/dto-fields';

/** The body of …/actions/…/evaluation. */
export class EvaluateActionDto {
  @RequiredCode(EVALUATION_EFFECTS)
  effect: EvaluationEffect;

  @RequiredText('Opplever mindre tidspress; følges opp igjen om en måned')
  note: string;
}
