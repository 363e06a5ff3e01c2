import { RequiredText } from '../../../http/dto-fields';

/** The body of …/closure. */
export class CloseCaseDto {
  @RequiredText('Tiltakene har virket; arbeidstaker tilbake i full stilling')
  reason: string;
}
