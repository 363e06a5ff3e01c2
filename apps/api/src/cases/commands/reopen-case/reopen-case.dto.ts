import { RequiredText } from '../../../http/dto-fields';

/** The body of …/reopening. */
export class ReopenCaseDto {
  @RequiredText('Nytt fravær etter tre måneder')
  reason: string;
}
