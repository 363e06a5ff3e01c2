import { todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  completedOn: string;
  outcome: string;
}

export function CompleteActionForm({ caseId, actionId, onDone, onCancel }: CaseFormProps & { actionId: string }) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path={`actions/${actionId}/completion`}
      heading="Marker tiltaket som fullført"
      submitLabel="Lagre fullføring"
      defaultValues={{ completedOn: todayOslo(), outcome: '' }}
      toBody={(v) => ({ completedOn: v.completedOn, outcome: v.outcome.trim() })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="completedOn" label="Fullført dato" type="date" required width="short" />
      <TextField name="outcome" label="Resultat" multiline rows={3} required description="Hva ble gjort?" />
    </CaseCommandForm>
  );
}
