import { CASE_KINDS, type CaseKind } from '@app/case-domain';
import { OptionalText, RequiredCode, RequiredId, RequiredTitle } from '../../../http/dto-fields';

/** The body of POST /api/cases. */
export class OpenCaseDto {
  @RequiredId('The employee the case is about (POST /api/employees)')
  employeeId: string;

  @RequiredId('The nearest leader (a user with the role leader), who records the agreed measures')
  leaderId: string;

  @RequiredCode(CASE_KINDS, 'psychosocial situation, sick-leave follow-up, or both')
  kind: CaseKind;

  @RequiredTitle('Høyt arbeidspress etter omorganisering')
  title: string;

  @OptionalText('Kari tok kontakt etter pulsmålingen i oktober')
  summary?: string;
}
