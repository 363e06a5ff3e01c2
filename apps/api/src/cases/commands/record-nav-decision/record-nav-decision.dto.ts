import { OptionalDate, OptionalNumber, RequiredBoolean, RequiredDate } from '../../../http/dto-fields';

/** The body of …/nav-decisions. */
export class RecordNavDecisionDto {
  @RequiredBoolean()
  granted: boolean;

  @OptionalNumber(23100, 'NOK granted')
  amount?: number;

  @OptionalDate('2027-03-31', 'Deadline for the refund claim, from the approval letter')
  refundDeadline?: string;

  @RequiredDate('2026-12-01')
  decidedOn: string;
}
