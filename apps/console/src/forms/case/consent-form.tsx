import { CONSENT_PARTY_LABELS_NB } from '../../api/codes';
import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { optionsOf, RadioGroupField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  party: string;
  givenOn: string;
}

/** Consent to apply for expert support (the only scope there is). */
export function ConsentForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="consents"
      heading="Registrer samtykke til søknad om ekspertbistand"
      submitLabel="Lagre samtykke"
      defaultValues={{ party: '', givenOn: todayOslo() }}
      toBody={(v) => ({ party: v.party, scope: 'expert_support', givenOn: v.givenOn })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <RadioGroupField name="party" legend="Part" options={optionsOf(CONSENT_PARTY_LABELS_NB)} required description="Hvem har samtykket?" />
      <TextField name="givenOn" label="Gitt dato" type="date" required width="short" />
    </CaseCommandForm>
  );
}
