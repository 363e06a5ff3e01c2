import { FACTOR_LABELS_NB, PARTICIPANT_LABELS_NB } from '../../api/codes';
import { useCase, useUsers } from '../../api/queries';
import { addDaysIso, todayOslo } from '../../labels/format';
import { ROLE_LABELS_NB } from '../../labels/labels';
import { CaseCommandForm } from '../case-command-form';
import { CheckboxGroupField, optionsOf, SelectField, TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  title: string;
  description: string;
  responsibleId: string;
  dueDate: string;
  participants: string[];
  riskIds: string[];
}

export function ActionForm({ caseId, onDone, onCancel }: CaseFormProps) {
  const users = useUsers();
  const { data: state } = useCase(caseId);
  const people = (users.data ?? []).filter((u) => u.role !== 'safety_rep').map((u) => ({ value: u.id, label: `${u.name} (${ROLE_LABELS_NB[u.role]})` }));
  const risks = (state?.risks ?? []).map((r) => ({
    value: r.id,
    label: `${FACTOR_LABELS_NB[r.factor]}${r.description ? `: ${truncate(r.description)}` : ''}`,
  }));
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="actions"
      heading="Avtal tiltak"
      submitLabel="Lagre tiltak"
      defaultValues={{ title: '', description: '', responsibleId: state?.leaderId ?? '', dueDate: addDaysIso(todayOslo(), 14), participants: [], riskIds: [] }}
      toBody={(v) => ({
        title: v.title.trim(),
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        responsibleId: v.responsibleId,
        dueDate: v.dueDate,
        participants: v.participants,
        riskIds: v.riskIds ?? [],
      })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextField name="title" label="Tiltak" required description="Kort navn på tiltaket, for eksempel «Omfordele saksmengde»." />
      <TextField name="description" label="Beskrivelse (valgfritt)" multiline rows={3} />
      <SelectField name="responsibleId" label="Ansvarlig" options={people} placeholder="Velg ansvarlig" required />
      <TextField name="dueDate" label="Frist" type="date" required width="short" />
      <CheckboxGroupField name="participants" legend="Deltakere" description="Hvem avtalte tiltaket?" options={optionsOf(PARTICIPANT_LABELS_NB)} required />
      {risks.length > 0 && <CheckboxGroupField name="riskIds" legend="Risikoer tiltaket svarer på" options={risks} />}
    </CaseCommandForm>
  );
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
