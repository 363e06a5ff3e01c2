import { EFFECT_LABELS_NB } from '../../api/codes';
import { CaseCommandForm } from '../case-command-form';
import { optionsOf, RadioGroupField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  effect: string;
  note: string;
}

export function EvaluateActionForm({ caseId, actionId, onDone, onCancel }: CaseFormProps & { actionId: string }) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path={`actions/${actionId}/evaluation`}
      heading="Evaluer effekten av tiltaket"
      submitLabel="Lagre evaluering"
      defaultValues={{ effect: '', note: '' }}
      toBody={(v) => ({ effect: v.effect, note: v.note.trim() })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <RadioGroupField name="effect" legend="Effekt" options={optionsOf(EFFECT_LABELS_NB)} required />
      <TextField name="note" label="Vurdering" multiline rows={3} required description="Hvordan virket tiltaket, og hva skjer videre?" />
    </CaseCommandForm>
  );
}
