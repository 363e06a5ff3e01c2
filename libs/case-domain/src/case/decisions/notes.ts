import type { AddNote } from '../../commands';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';
import type { CaseState } from '../case-state';
import { assertNewId } from '../decide-context';

/** AddNote: free text on the case; also how an earlier entry is corrected. */
export function addNote({ data }: AddNote, state: CaseState): CaseEvent[] {
  const check = new FieldChecks();
  check.id('noteId', data.noteId);
  check.text('text', data.text);
  check.throwIfAny();
  assertNewId(state.notes, data.noteId, 'note');
  return [{ type: 'NoteAdded', data: { noteId: data.noteId, text: data.text } }];
}
