import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, type CommandAnswer } from '../../api/client';
import { recordPosition } from '../../api/positions';
import { keys, useUnits } from '../../api/queries';
import { TextField } from '../../forms/fields';
import { FormShell } from '../../forms/form-shell';
import { usePageTitle } from '../../layout/page-title';
import { AdminNav } from './admin-nav';

/** The organisation's units (admin). */
export default function UnitsPage() {
  usePageTitle('Enheter');
  const units = useUnits();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ defaultValues: { name: '' }, shouldFocusError: false });

  async function submit({ name }: { name: string }) {
    const answer = await api<CommandAnswer>('POST', '/api/units', { body: { name: name.trim() } });
    recordPosition(answer.position);
    await queryClient.invalidateQueries({ queryKey: keys.units });
    setAdded(`${name.trim()} er lagt til.`);
    form.reset({ name: '' });
  }

  return (
    <>
      <Heading level={1} data-size="md">
        Enheter
      </Heading>
      <AdminNav />
      <section className="section" aria-labelledby="enhetsliste">
        <Heading level={2} data-size="sm" id="enhetsliste">
          Alle enheter
        </Heading>
        {units.isPending ? (
          <Spinner aria-label="Henter enheter" />
        ) : (units.data ?? []).length === 0 ? (
          <Paragraph>Ingen enheter ennå.</Paragraph>
        ) : (
          <ul className="plain-list">
            {(units.data ?? []).map((unit) => (
              <li key={unit.id}>{unit.name}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="ny-enhet">
        <Heading level={2} data-size="sm" id="ny-enhet">
          Ny enhet
        </Heading>
        <div role="status">{added && <Paragraph>{added}</Paragraph>}</div>
        <FormShell form={form} submitLabel="Legg til enhet" onSubmit={submit}>
          <TextField name="name" label="Navn på enhet" required width="medium" />
        </FormShell>
      </section>
    </>
  );
}
