import { ABSENCE_KIND_LABELS_NB } from '../../api/codes';
import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { optionsOf, RadioGroupField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  from: string;
  to: string;
  grade: string;
  kind: string;
}

export function AbsenceForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="absences"
      heading="Registrer fravær"
      submitLabel="Lagre fravær"
      defaultValues={{ from: todayOslo(), to: '', grade: '100', kind: 'sick_note' }}
      toBody={(v) => ({ from: v.from, ...(v.to ? { to: v.to } : {}), grade: Number(v.grade), kind: v.kind })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <RadioGroupField name="kind" legend="Type fravær" options={optionsOf(ABSENCE_KIND_LABELS_NB)} required />
      <TextField name="from" label="Fra og med" type="date" required width="short" />
      <TextField name="to" label="Til og med (valgfritt)" type="date" width="short" description="La stå tom så lenge fraværet varer." />
      <TextField
        name="grade"
        label="Sykmeldingsgrad (%)"
        inputMode="numeric"
        required
        width="short"
        description="Fra 20 til 100. Egenmelding er alltid 100 %."
        rules={{ pattern: { value: /^\d+$/, message: 'Må være et helt tall' } }}
      />
    </CaseCommandForm>
  );
}
