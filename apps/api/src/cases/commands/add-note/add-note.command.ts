import { CaseCommandMessage } from '../case-command-message';
import type { AddNoteDto } from './add-note.dto';

/** Add a note to the case. */
export class AddNoteCommand extends CaseCommandMessage<AddNoteDto> {}
