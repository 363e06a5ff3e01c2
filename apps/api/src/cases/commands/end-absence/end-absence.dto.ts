import { RequiredDate } from '../../../http/dto-fields';

/** The body of …/absences/…/end. */
export class EndAbsenceDto {
  @RequiredDate('2026-11-27', 'Last day of absence')
  to: string;
}
