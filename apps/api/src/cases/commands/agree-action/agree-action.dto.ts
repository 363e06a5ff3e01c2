import { PARTICIPANTS, type Participant } from '@app/case-domain';
import { OptionalIds, OptionalText, RequiredCodes, RequiredDate, RequiredId, RequiredTitle } from '../../../http/dto-fields';

/** The body of …/actions. */
export class AgreeActionDto {
  @RequiredTitle('Omfordele saksmengde')
  title: string;

  @OptionalText('Tre saker flyttes til kollega fra 1. desember')
  description?: string;

  @OptionalIds('The risks of this case the measure answers')
  riskIds?: string[];

  @RequiredId('The user responsible for carrying it out (GET /api/users)')
  responsibleId: string;

  @RequiredDate('2026-12-03')
  dueDate: string;

  @RequiredCodes(PARTICIPANTS, 'Who agreed it; at least one')
  participants: Participant[];
}
