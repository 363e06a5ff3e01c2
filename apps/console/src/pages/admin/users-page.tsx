import { Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../../api/client';
import { keys, useUsers } from '../../api/queries';
import type { User } from '../../api/types';
import { optionsOf, SelectField, TextField } from '../../forms/fields';
import { FormShell } from '../../forms/form-shell';
import { ROLE_LABELS_NB } from '../../labels/labels';
import { usePageTitle } from '../../layout/page-title';
import { AdminNav } from './admin-nav';

interface Values {
  name: string;
  email: string;
  phone: string;
  role: string;
  password: string;
}

const EMPTY: Values = { name: '', email: '', phone: '', role: '', password: '' };

/** Users and their roles (admin). */
export default function UsersPage() {
  usePageTitle('Brukere');
  const users = useUsers();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY, shouldFocusError: false });

  async function submit(values: Values) {
    const user = await api<User>('POST', '/api/users', {
      body: {
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        password: values.password,
        ...(values.phone.trim() ? { phone: values.phone.replace(/\s/g, '') } : {}),
      },
    });
    await queryClient.invalidateQueries({ queryKey: keys.users });
    setCreated(`${user.name} er opprettet som ${ROLE_LABELS_NB[user.role].toLowerCase()}.`);
    form.reset(EMPTY);
  }

  return (
    <>
      <Heading level={1} data-size="md">
        Brukere
      </Heading>
      <AdminNav />
      <section className="section" aria-labelledby="brukerliste">
        <Heading level={2} data-size="sm" id="brukerliste">
          Alle brukere
        </Heading>
        {users.isPending ? (
          <Spinner aria-label="Henter brukere" />
        ) : (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">Brukere</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Navn</Table.HeaderCell>
                <Table.HeaderCell>E-post</Table.HeaderCell>
                <Table.HeaderCell>Telefon</Table.HeaderCell>
                <Table.HeaderCell>Rolle</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {(users.data ?? []).map((user) => (
                <Table.Row key={user.id}>
                  <Table.Cell>{user.name}</Table.Cell>
                  <Table.Cell>{user.email}</Table.Cell>
                  <Table.Cell>{user.phone ?? '–'}</Table.Cell>
                  <Table.Cell>{ROLE_LABELS_NB[user.role]}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
      <section className="section" aria-labelledby="ny-bruker">
        <Heading level={2} data-size="sm" id="ny-bruker">
          Ny bruker
        </Heading>
        <div role="status">{created && <Paragraph>{created}</Paragraph>}</div>
        <FormShell form={form} submitLabel="Opprett bruker" onSubmit={submit}>
          <TextField name="name" label="Navn" required autoComplete="off" />
          <TextField name="email" label="E-post" type="email" required autoComplete="off" width="medium" />
          <TextField name="phone" label="Telefon (valgfritt)" type="tel" width="short" description="8 siffer. NAV ber om telefonnummer til kontaktpersonen." />
          <SelectField name="role" label="Rolle" options={optionsOf(ROLE_LABELS_NB)} placeholder="Velg rolle" required />
          <TextField
            name="password"
            label="Passord"
            type="password"
            required
            autoComplete="new-password"
            width="medium"
            description="Minst 12 tegn. Gi passordet til brukeren på en trygg måte."
            rules={{ minLength: { value: 12, message: 'Må være minst 12 tegn' } }}
          />
        </FormShell>
      </section>
    </>
  );
}
