import { CaseCommandMessage } from '../case-command-message';
import type { RecordAbsenceDto } from './record-absence.dto';

/** Record an absence spell: sick note or self-certified, with its grade (no diagnosis, ever). */
export class RecordAbsenceCommand extends CaseCommandMessage<RecordAbsenceDto> {}
