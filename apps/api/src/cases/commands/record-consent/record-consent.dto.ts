import { CONSENT_PARTIES, CONSENT_SCOPES, type ConsentParty, type ConsentScope } from '@app/case-domain';
import { RequiredCode, RequiredDate } from '../../../http/dto-fields';

/** The body of …/consents. */
export class RecordConsentDto {
  @RequiredCode(CONSENT_PARTIES)
  party: ConsentParty;

  @RequiredCode(CONSENT_SCOPES)
  scope: ConsentScope;

  @RequiredDate('2026-11-24', 'Not in the future')
  givenOn: string;
}
