import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { CheckboxField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  madeOn: string;
  summary: string;
  sharedWithSickNoteWriter: boolean;
}

export function FollowUpPlanForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="follow-up-plans"
      heading="Registrer oppfølgingsplan"
      submitLabel="Lagre oppfølgingsplan"
      defaultValues={{ madeOn: todayOslo(), summary: '', sharedWithSickNoteWriter: false }}
      toBody={(v) => ({ madeOn: v.madeOn, summary: v.summary.trim(), sharedWithSickNoteWriter: Boolean(v.sharedWithSickNoteWriter) })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="madeOn" label="Laget dato" type="date" required width="short" />
      <TextField name="summary" label="Sammendrag" multiline required description="Tilrettelegging, arbeidsoppgaver og videre oppfølging. Skriv ikke diagnoser." />
      <CheckboxField name="sharedWithSickNoteWriter" label="Delt med sykmelder" />
    </CaseCommandForm>
  );
}
