import { RequiredText } from '../../../http/dto-fields';

/** The body of …/notes. */
export class AddNoteDto {
  @RequiredText('Samtale med tillitsvalgt gjennomført')
  text: string;
}
