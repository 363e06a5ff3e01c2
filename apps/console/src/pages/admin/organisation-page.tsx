import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, type CommandAnswer } from '../../api/client';
import { recordPosition } from '../../api/positions';
import { keys, useOrganisation } from '../../api/queries';
import type { Organisation } from '../../api/types';
import { TextField } from '../../forms/fields';
import { FormShell } from '../../forms/form-shell';
import { usePageTitle } from '../../layout/page-title';
import { AdminNav } from './admin-nav';

interface Values {
  name: string;
  orgNumber: string;
}

/** The employer's name and organisation number, as NAV's application needs them (admin). */
export default function OrganisationPage() {
  usePageTitle('Virksomhet');
  const organisation = useOrganisation();
  return (
    <>
      <Heading level={1} data-size="md">
        Virksomhet
      </Heading>
      <AdminNav />
      <Paragraph>Navn og organisasjonsnummer brukes i søknaden til NAV. Bruk organisasjonsnummeret til underenheten.</Paragraph>
      {organisation.isPending ? <Spinner aria-label="Henter virksomheten" /> : <OrganisationForm current={organisation.data} />}
    </>
  );
}

function OrganisationForm({ current }: { current: Organisation | undefined }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: { name: current?.name ?? '', orgNumber: current?.orgNumber ?? '' }, shouldFocusError: false });

  async function submit(values: Values) {
    setSaved(false);
    const answer = await api<CommandAnswer>('PUT', '/api/organisation', {
      body: { name: values.name.trim(), orgNumber: values.orgNumber.replace(/\s/g, '') },
    });
    recordPosition(answer.position);
    await queryClient.invalidateQueries({ queryKey: keys.organisation });
    setSaved(true);
  }

  return (
    <>
      <div role="status">{saved && <Paragraph>Virksomheten er lagret.</Paragraph>}</div>
      <FormShell form={form} submitLabel="Lagre" onSubmit={submit}>
        <TextField name="name" label="Navn" required />
        <TextField name="orgNumber" label="Organisasjonsnummer" required inputMode="numeric" width="short" description="9 siffer." />
      </FormShell>
    </>
  );
}
