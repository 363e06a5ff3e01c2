import { command, eventOf, given, opened } from '../../testing/factories';

describe('adding a note', () => {
  it('adds the note', () => {
    const cmd = command.addNote({ text: 'Arbeidstaker ønsker samtale med BHT' });
    given([opened()])
      .when(cmd)
      .then([{ type: 'NoteAdded', data: { noteId: cmd.data.noteId, text: 'Arbeidstaker ønsker samtale med BHT' } }]);
  });

  it.each(['', '   '])('requires text (%p)', (text) => {
    given([opened()]).when(command.addNote({ text })).thenThrows('INVALID_INPUT', [{ field: 'text', code: 'REQUIRED' }]);
  });

  it('refuses text longer than the limit', () => {
    given([opened()])
      .when(command.addNote({ text: 'a'.repeat(10_001) }))
      .thenThrows('INVALID_INPUT', [{ field: 'text', code: 'TOO_LONG' }]);
  });

  it('refuses a note id the case already uses', () => {
    const first = command.addNote();
    given([opened(), eventOf(first)]).when(command.addNote({ noteId: first.data.noteId })).thenThrows('ID_ALREADY_USED');
  });
});
