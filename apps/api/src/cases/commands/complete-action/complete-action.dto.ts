import { RequiredDate, RequiredText } from '../../../http/dto-fields';

/** The body of …/actions/…/completion. */
export class CompleteActionDto {
  @RequiredDate('2026-12-02', 'Not in the future')
  completedOn: string;

  @RequiredText('Saksmengden er redusert med tre saker')
  outcome: string;
}
