import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, type CommandAnswer } from '../api/client';
import { CASE_KIND_LABELS_NB } from '../api/codes';
import { minPosition, recordPosition } from '../api/positions';
import { invalidateAfterWrite, keys, useUsers } from '../api/queries';
import type { EmployeeListItem } from '../api/types';
import { optionsOf, SelectField, TextField } from '../forms/fields';
import { FormShell } from '../forms/form-shell';
import { RegisterEmployeeDialog } from '../forms/register-employee-dialog';
import { usePageTitle } from '../layout/page-title';

interface Values {
  employeeId: string;
  leaderId: string;
  kind: string;
  title: string;
  summary: string;
}

/** "Ny sak": choose (or register) the employee and the nearest leader, then the case itself. */
export default function NewCasePage() {
  usePageTitle('Ny sak');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [registered, setRegistered] = useState<EmployeeListItem | null>(null);
  const employees = useQuery({
    queryKey: [...keys.employees, q],
    queryFn: () => api<EmployeeListItem[]>('GET', '/api/employees', { query: { q, minPosition: minPosition() } }),
    placeholderData: (previous) => previous,
  });
  const users = useUsers();
  const form = useForm<Values>({ defaultValues: { employeeId: '', leaderId: '', kind: '', title: '', summary: '' }, shouldFocusError: false });

  // Select the newly registered employee once its option is in the list.
  useEffect(() => {
    if (registered) form.setValue('employeeId', registered.id, { shouldValidate: form.formState.isSubmitted });
  }, [registered, form]);

  const found = employees.data ?? [];
  const employeeOptions = [...(registered && !found.some((e) => e.id === registered.id) ? [registered] : []), ...found].map((e) => ({
    value: e.id,
    label: [e.name ?? 'Uten navn', e.unitName, e.position].filter(Boolean).join(' – '),
  }));
  const leaders = (users.data ?? []).filter((u) => u.role === 'leader').map((u) => ({ value: u.id, label: u.name }));

  async function submit(values: Values) {
    const answer = await api<CommandAnswer>('POST', '/api/cases', {
      body: {
        employeeId: values.employeeId,
        leaderId: values.leaderId,
        kind: values.kind,
        title: values.title.trim(),
        ...(values.summary.trim() ? { summary: values.summary.trim() } : {}),
      },
    });
    recordPosition(answer.position);
    await invalidateAfterWrite(queryClient);
    navigate(`/saker/${answer.id}`);
  }

  return (
    <>
      <Heading level={1} data-size="md">
        Ny sak
      </Heading>
      <Paragraph>Finn den ansatte saken gjelder, eller registrer en ny ansatt.</Paragraph>
      <div className="employee-picker">
        <Textfield
          id="ansatt-sok"
          label="Søk etter ansatt"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          description={employees.isFetching ? 'Søker …' : `${found.length} treff`}
          className="field field--medium"
        />
        <RegisterEmployeeDialog
          onRegistered={(employee) => {
            setRegistered({ id: employee.id, name: employee.name, unitId: employee.unitId, unitName: null, position: null, status: 'active' });
          }}
        />
      </div>
      <FormShell form={form} submitLabel="Opprett sak" onSubmit={submit} onCancel={() => navigate('/saker')}>
        <SelectField name="employeeId" label="Ansatt" options={employeeOptions} placeholder="Velg ansatt" required />
        <SelectField name="leaderId" label="Nærmeste leder" options={leaders} placeholder="Velg leder" required description="Lederen registrerer tiltakene i saken og ser bare sine egne saker." />
        <SelectField name="kind" label="Sakstype" options={optionsOf(CASE_KIND_LABELS_NB)} placeholder="Velg sakstype" required />
        <TextField name="title" label="Tittel" required description="Kort og nøytral, for eksempel «Høyt arbeidspress etter omorganisering»." />
        <TextField name="summary" label="Sammendrag (valgfritt)" multiline description="Bakgrunnen for saken. Skriv ikke diagnoser." />
      </FormShell>
    </>
  );
}
