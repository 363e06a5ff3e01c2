import { useWatch } from 'react-hook-form';
import { FACTOR_LABELS_NB, SEVERITY_LABELS_NB, SOURCE_LABELS_NB } from '../../api/codes';
import { CaseCommandForm } from '../case-command-form';
import { optionsOf, RadioGroupField, SelectField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  factor: string;
  factorText: string;
  description: string;
  severity: string;
  source: string;
}

function FactorText() {
  const factor = useWatch<Values, 'factor'>({ name: 'factor' });
  return factor === 'other' ? <TextField name="factorText" label="Beskriv faktoren" required /> : null;
}

export function RiskForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="risks"
      heading="Registrer risiko"
      submitLabel="Lagre risiko"
      defaultValues={{ factor: '', factorText: '', description: '', severity: '', source: '' }}
      toBody={(v) => ({
        factor: v.factor,
        ...(v.factor === 'other' ? { factorText: v.factorText.trim() } : {}),
        description: v.description.trim(),
        severity: v.severity,
        source: v.source,
      })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <SelectField name="factor" label="Faktor (§ 4-3)" options={optionsOf(FACTOR_LABELS_NB)} placeholder="Velg faktor" required />
      <FactorText />
      <TextField name="description" label="Beskrivelse" multiline required description="Hva er risikoen? Skriv ikke diagnoser." />
      <RadioGroupField name="severity" legend="Alvorlighet" options={optionsOf(SEVERITY_LABELS_NB)} required />
      <SelectField name="source" label="Kilde" options={optionsOf(SOURCE_LABELS_NB)} placeholder="Velg kilde" required />
    </CaseCommandForm>
  );
}
