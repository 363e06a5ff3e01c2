import { TextField } from '../fields';
import { CaseCommandForm } from '../case-command-form';
import type { CaseFormProps } from './case-form-props';

interface Values {
  reason: string;
}

/** Closing and reopening a case: both take only a reason. */
export function ReasonForm({ caseId, onDone, onCancel, path, heading, submitLabel }: CaseFormProps & { path: 'closure' | 'reopening'; heading: string; submitLabel: string }) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path={path}
      heading={heading}
      submitLabel={submitLabel}
      defaultValues={{ reason: '' }}
      toBody={(v) => ({ reason: v.reason.trim() })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="reason" label="Begrunnelse" multiline rows={3} required />
    </CaseCommandForm>
  );
}
