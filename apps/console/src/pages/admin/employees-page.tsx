import { Alert, Button, Heading, Paragraph, Spinner, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, type CommandAnswer } from '../../api/client';
import { minPosition, recordPosition } from '../../api/positions';
import { invalidateAfterWrite, keys } from '../../api/queries';
import type { EmployeeListItem } from '../../api/types';
import { TextField } from '../../forms/fields';
import { FormShell } from '../../forms/form-shell';
import { ModalDialog } from '../../forms/modal-dialog';
import { problemMessage } from '../../labels/errors';
import { usePageTitle } from '../../layout/page-title';
import { AdminNav } from './admin-nav';

/** The registered employees, and erasing one's personal data for good (admin). */
export default function EmployeesPage() {
  usePageTitle('Ansatte');
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [erasing, setErasing] = useState<EmployeeListItem | null>(null);
  const [erased, setErased] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const employees = useQuery({
    queryKey: [...keys.employees, 'admin', q],
    queryFn: () => api<EmployeeListItem[]>('GET', '/api/employees', { query: { q, minPosition: minPosition() } }),
    placeholderData: (previous) => previous,
  });
  const found = employees.data ?? [];

  async function onErased(employee: EmployeeListItem, answer: CommandAnswer) {
    recordPosition(answer.position);
    // Refresh first, so the row is gone when the dialog closes and focus goes to the list heading.
    await Promise.all([queryClient.invalidateQueries({ queryKey: keys.employees }), invalidateAfterWrite(queryClient)]);
    setErased(`Personopplysningene om ${employee.name ?? 'den ansatte'} er slettet.`);
    setErasing(null);
  }

  return (
    <>
      <Heading level={1} data-size="md">
        Ansatte
      </Heading>
      <AdminNav />
      <Paragraph>
        Ansatte som er registrert i systemet. Her kan du slette en ansatts personopplysninger for godt, for eksempel etter en begjæring om sletting.
      </Paragraph>
      <section className="section" aria-labelledby="ansattliste">
        <Heading level={2} data-size="sm" id="ansattliste" ref={listHeading} tabIndex={-1}>
          Alle ansatte
        </Heading>
        <Textfield
          id="ansatte-sok"
          label="Søk etter ansatt"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          description="Søk på en del av navnet."
          className="field field--medium"
        />
        <div role="status" className="list-count">
          {erased && <Paragraph>{erased}</Paragraph>}
          {!employees.isPending && !employees.isError && (
            <Paragraph data-size="sm">{employees.isFetching ? 'Søker …' : found.length === 1 ? '1 ansatt' : `${found.length} ansatte`}</Paragraph>
          )}
        </div>
        {employees.isPending ? (
          <Spinner aria-label="Henter ansatte" />
        ) : employees.isError ? (
          <Alert data-color="danger">{problemMessage(employees.error)}</Alert>
        ) : found.length === 0 ? (
          <Paragraph>{q ? 'Ingen ansatte passer til søket.' : 'Ingen ansatte er registrert.'}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Ansatte, tabell">
            <Table zebra data-size="sm" className="case-table">
              <caption className="visually-hidden">Ansatte</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Stilling</Table.HeaderCell>
                  <Table.HeaderCell scope="col">
                    <span className="visually-hidden">Handlinger</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {found.map((employee) => (
                  <Table.Row key={employee.id}>
                    <Table.Cell>{employee.name ?? 'Uten navn'}</Table.Cell>
                    <Table.Cell>{employee.unitName ?? '–'}</Table.Cell>
                    <Table.Cell>{employee.position ?? '–'}</Table.Cell>
                    <Table.Cell>
                      <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => (setErased(null), setErasing(employee))}>
                        Slett personopplysninger<span className="visually-hidden"> om {employee.name ?? 'den ansatte'}</span>
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <ModalDialog
        open={erasing !== null}
        title={erasing ? `Slett personopplysninger om ${erasing.name ?? 'den ansatte'}` : 'Slett personopplysninger'}
        onClose={() => setErasing(null)}
        fallbackFocus={() => listHeading.current}
      >
        {erasing && <EraseEmployeeForm key={erasing.id} employee={erasing} onErased={(answer) => onErased(erasing, answer)} onCancel={() => setErasing(null)} />}
      </ModalDialog>
    </>
  );
}

interface EraseValues {
  reason: string;
  confirmName: string;
}

/** Spaces collapsed and case ignored, so the check is about the name, not about typing. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/**
 * POST /api/employees/:id/erasure {reason}: the person's data key is deleted (crypto-shredding),
 * so it cannot be undone. The user must give a reason and type the person's name to confirm.
 */
function EraseEmployeeForm({ employee, onErased, onCancel }: { employee: EmployeeListItem; onErased(answer: CommandAnswer): Promise<void>; onCancel(): void }) {
  const form = useForm<EraseValues>({ defaultValues: { reason: '', confirmName: '' }, shouldFocusError: false });
  // An employee without a readable name is confirmed with the word SLETT.
  const expected = employee.name ?? 'SLETT';

  async function submit(values: EraseValues) {
    const answer = await api<CommandAnswer>('POST', `/api/employees/${employee.id}/erasure`, { body: { reason: values.reason.trim() } });
    await onErased(answer);
  }

  return (
    <FormShell form={form} submitLabel="Slett for godt" submitColor="danger" onSubmit={submit} onCancel={onCancel}>
      <Alert data-color="warning">
        <Paragraph>
          <strong>Dette kan ikke angres.</strong>
        </Paragraph>
        <Paragraph data-size="sm">
          Nøkkelen som personopplysningene om {employee.name ?? 'den ansatte'} er kryptert med, blir slettet. Etterpå kan ingen lese navnet, fødselsnummeret, stillingen
          eller det som er skrevet om personen i sakene – heller ikke i nedlastinger. Sakene, datoene og hendelseskjeden blir stående, uten personopplysningene.
        </Paragraph>
      </Alert>
      <TextField
        name="reason"
        label="Begrunnelse"
        required
        multiline
        rows={3}
        description="Begrunnelsen blir lagret og kan leses etterpå, som dokumentasjon på slettingen. Ikke skriv noe som beskriver personen – skriv for eksempel «Begjæring om sletting (GDPR art. 17), behandlet 20.11.2026»."
        rules={{ maxLength: { value: 1000, message: 'Kan være høyst 1000 tegn' } }}
      />
      <TextField
        name="confirmName"
        label="Skriv navnet på den ansatte for å bekrefte"
        required
        autoComplete="off"
        width="medium"
        description={`Skriv «${expected}».`}
        rules={{ validate: (value: unknown) => (typeof value === 'string' && normalise(value) === normalise(expected)) || 'Navnet stemmer ikke med den ansatte' }}
      />
    </FormShell>
  );
}
