import { ABSENCE_KINDS, type AbsenceKind } from '@app/case-domain';
import { OptionalDate, RequiredCode, RequiredDate, RequiredInteger } from '../../../http/dto-fields';

/** The body of …/absences. */
export class RecordAbsenceDto {
  @RequiredDate('2026-11-02', 'First day of absence')
  from: string;

  @OptionalDate('2026-11-20', 'Last day; leave out while the spell is open')
  to?: string;

  @RequiredInteger(100, 'Sick-leave grade in percent, 20–100')
  grade: number;

  @RequiredCode(ABSENCE_KINDS)
  kind: AbsenceKind;
}
