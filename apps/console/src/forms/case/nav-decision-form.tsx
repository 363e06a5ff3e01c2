import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { RadioGroupField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  granted: string;
  amount: string;
  refundDeadline: string;
  decidedOn: string;
}

const OUTCOMES = [
  { value: 'yes', label: 'Innvilget' },
  { value: 'no', label: 'Avslått' },
];

export function NavDecisionForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="nav-decisions"
      heading="Registrer NAV-vedtak"
      submitLabel="Lagre vedtak"
      defaultValues={{ granted: '', amount: '', refundDeadline: '', decidedOn: todayOslo() }}
      toBody={(v) => ({
        granted: v.granted === 'yes',
        ...(v.amount.trim() ? { amount: Number(v.amount.replace(',', '.')) } : {}),
        ...(v.refundDeadline ? { refundDeadline: v.refundDeadline } : {}),
        decidedOn: v.decidedOn,
      })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <RadioGroupField name="granted" legend="Vedtak" options={OUTCOMES} required />
      <TextField name="amount" label="Beløp (kr, valgfritt)" inputMode="decimal" width="short" rules={{ pattern: { value: /^\d+([.,]\d{1,2})?$/, message: 'Må være et beløp i kroner' } }} />
      <TextField name="refundDeadline" label="Frist for refusjonskrav (valgfritt)" type="date" width="short" />
      <TextField name="decidedOn" label="Vedtaksdato" type="date" required width="short" />
    </CaseCommandForm>
  );
}
