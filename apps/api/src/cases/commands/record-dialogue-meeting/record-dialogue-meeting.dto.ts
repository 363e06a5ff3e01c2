import { PARTICIPANTS, type Participant } from '@app/case-domain';
import { RequiredCodes, RequiredDate, RequiredInteger, RequiredText } from '../../../http/dto-fields';

/** The body of …/dialogue-meetings. */
export class RecordDialogueMeetingDto {
  @RequiredInteger(1, 'Dialogue meeting 1, 2 or 3')
  number: 1 | 2 | 3;

  @RequiredDate('2026-12-15')
  heldOn: string;

  @RequiredCodes(PARTICIPANTS)
  participants: Participant[];

  @RequiredText('Gjennomgått oppfølgingsplanen; plan for økt stillingsprosent')
  summary: string;
}
