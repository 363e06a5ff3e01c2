import { Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../../api/client';
import { keys, useUsers } from '../../api/queries';
import type { User } from '../../api/types';
import { useUser } from '../../auth/auth-context';
import { optionsOf, SelectField, TextField } from '../../forms/fields';
import { FormShell } from '../../forms/form-shell';
import { ModalDialog } from '../../forms/modal-dialog';
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
  const me = useUser();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
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
                <Table.HeaderCell>
                  <span className="visually-hidden">Handlinger</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {(users.data ?? []).map((user) => (
                <Table.Row key={user.id}>
                  <Table.Cell>{user.name}</Table.Cell>
                  <Table.Cell>{user.email}</Table.Cell>
                  <Table.Cell>{user.phone ?? '–'}</Table.Cell>
                  <Table.Cell>{ROLE_LABELS_NB[user.role]}</Table.Cell>
                  <Table.Cell>
                    <Button variant="tertiary" data-size="sm" onClick={() => (setChanged(null), setEditing(user))}>
                      Endre<span className="visually-hidden"> {user.name}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <div role="status">{changed && <Paragraph>{changed}</Paragraph>}</div>
      </section>
      <ModalDialog open={editing !== null} title={editing ? `Endre ${editing.name}` : 'Endre bruker'} onClose={() => setEditing(null)}>
        {editing && (
          <EditUserForm
            key={editing.id}
            user={editing}
            isSelf={editing.id === me.id}
            onSaved={(user) => {
              setChanged(`Endringene for ${user.name} er lagret.`);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
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

interface EditValues {
  name: string;
  phone: string;
  role: string;
}

/**
 * PATCH /api/users/:id: name, phone and role (admin). An administrator's own role is refused by
 * the API (409 OWN_ROLE, a field error on "Rolle"); the change takes effect on the user's next request.
 */
function EditUserForm({ user, isSelf, onSaved, onCancel }: { user: User; isSelf: boolean; onSaved(user: User): void; onCancel(): void }) {
  const queryClient = useQueryClient();
  const form = useForm<EditValues>({ defaultValues: { name: user.name, phone: user.phone ?? '', role: user.role }, shouldFocusError: false });

  async function submit(values: EditValues) {
    const phone = values.phone.replace(/\s/g, '');
    const saved = await api<User>('PATCH', `/api/users/${user.id}`, {
      body: { name: values.name.trim(), phone: phone === '' ? null : phone, role: values.role },
    });
    await queryClient.invalidateQueries({ queryKey: keys.users });
    // Your own name in the header comes from the session.
    if (isSelf) await queryClient.invalidateQueries({ queryKey: keys.session });
    onSaved(saved);
  }

  return (
    <FormShell form={form} submitLabel="Lagre endringer" onSubmit={submit} onCancel={onCancel}>
      <Paragraph data-size="sm">E-post: {user.email}. E-post og passord endres ikke her.</Paragraph>
      <TextField name="name" label="Navn" required autoComplete="off" />
      <TextField name="phone" label="Telefon (valgfritt)" type="tel" width="short" description="8 siffer. La feltet stå tomt for å fjerne nummeret." />
      <SelectField
        name="role"
        label="Rolle"
        options={optionsOf(ROLE_LABELS_NB)}
        placeholder="Velg rolle"
        required
        description={isSelf ? 'Dette er deg. Din egen rolle kan bare en annen administrator endre.' : 'Den nye rollen gjelder fra brukerens neste klikk.'}
      />
    </FormShell>
  );
}
