import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, ApiError, type CommandAnswer } from '../../api/client';
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

/**
 * PUT /api/organisation with the version the form was filled against as If-Match: if another
 * administrator saved in the meantime (412), it says so and offers to reload, keeping what was typed.
 */
function OrganisationForm({ current }: { current: Organisation | undefined }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [version, setVersion] = useState<number | undefined>(current?.version);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  /** What is saved now, after "Last inn på nytt" (the form keeps the typed values). */
  const [latest, setLatest] = useState<Organisation | null>(null);
  const form = useForm<Values>({ defaultValues: { name: current?.name ?? '', orgNumber: current?.orgNumber ?? '' }, shouldFocusError: false });

  async function submit(values: Values) {
    setSaved(false);
    try {
      const answer = await api<CommandAnswer>('PUT', '/api/organisation', {
        body: { name: values.name.trim(), orgNumber: values.orgNumber.replace(/\s/g, '') },
        ifMatch: version,
      });
      recordPosition(answer.position);
      setVersion(answer.version);
      setStale(false);
      setLatest(null);
      await queryClient.invalidateQueries({ queryKey: keys.organisation });
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setStale(true);
      throw error;
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ queryKey: keys.organisation, queryFn: () => api<Organisation>('GET', '/api/organisation'), staleTime: 0 });
      setVersion(fresh.version);
      setLatest(fresh);
      setStale(false);
    } finally {
      setReloading(false);
    }
  }

  const notice = stale ? (
    <Alert data-color="warning" role="alert">
      <Paragraph>Opplysningene er endret av en annen – last inn på nytt</Paragraph>
      <Paragraph data-size="sm">Det du har skrevet, blir stående. Se over endringene før du lagrer igjen.</Paragraph>
      <Button type="button" variant="secondary" data-size="sm" onClick={reload} disabled={reloading}>
        Last inn på nytt
      </Button>
    </Alert>
  ) : latest ? (
    <Alert data-color="info">
      <Paragraph data-size="sm">
        Lagret nå: navn «{latest.name ?? '–'}», organisasjonsnummer {latest.orgNumber ?? '–'}. Lagre for å erstatte dette med det du har skrevet.
      </Paragraph>
    </Alert>
  ) : null;

  return (
    <>
      <div role="status">{saved && <Paragraph>Virksomheten er lagret.</Paragraph>}</div>
      <FormShell form={form} submitLabel="Lagre" onSubmit={submit} notice={notice}>
        <TextField name="name" label="Navn" required />
        <TextField name="orgNumber" label="Organisasjonsnummer" required inputMode="numeric" width="short" description="9 siffer." />
      </FormShell>
    </>
  );
}
