import { TextField } from '../fields';
import { CaseCommandForm } from '../case-command-form';
import type { CaseFormProps } from './case-form-props';

interface Values {
  text: string;
}

export function NoteForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="notes"
      heading="Nytt notat"
      submitLabel="Lagre notat"
      defaultValues={{ text: '' }}
      toBody={(v) => ({ text: v.text.trim() })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="text" label="Notat" multiline required description="Skriv ikke diagnoser eller helseopplysninger." />
    </CaseCommandForm>
  );
}
