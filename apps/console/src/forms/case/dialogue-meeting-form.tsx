import { PARTICIPANT_LABELS_NB } from '../../api/codes';
import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { CheckboxGroupField, optionsOf, SelectField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  number: string;
  heldOn: string;
  participants: string[];
  summary: string;
}

const NUMBERS = [
  { value: '1', label: 'Dialogmøte 1' },
  { value: '2', label: 'Dialogmøte 2 (NAV)' },
  { value: '3', label: 'Dialogmøte 3' },
];

export function DialogueMeetingForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="dialogue-meetings"
      heading="Registrer dialogmøte"
      submitLabel="Lagre dialogmøte"
      defaultValues={{ number: '', heldOn: todayOslo(), participants: [], summary: '' }}
      toBody={(v) => ({ number: Number(v.number), heldOn: v.heldOn, participants: v.participants, summary: v.summary.trim() })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <SelectField name="number" label="Dialogmøte nummer" options={NUMBERS} placeholder="Velg møte" required />
      <TextField name="heldOn" label="Holdt dato" type="date" required width="short" />
      <CheckboxGroupField name="participants" legend="Deltakere" options={optionsOf(PARTICIPANT_LABELS_NB)} required />
      <TextField name="summary" label="Sammendrag" multiline required />
    </CaseCommandForm>
  );
}
