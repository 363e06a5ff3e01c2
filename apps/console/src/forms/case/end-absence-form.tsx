import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  to: string;
}

export function EndAbsenceForm({ caseId, absenceId, onDone, onCancel }: CaseFormProps & { absenceId: string }) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path={`absences/${absenceId}/end`}
      heading="Avslutt fraværet"
      submitLabel="Lagre sluttdato"
      defaultValues={{ to: todayOslo() }}
      toBody={(v) => ({ to: v.to })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="to" label="Siste fraværsdag" type="date" required width="short" />
    </CaseCommandForm>
  );
}
