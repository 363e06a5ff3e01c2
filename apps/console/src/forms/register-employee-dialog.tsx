import { Button, Dialog } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { api, type CommandAnswer } from '../api/client';
import { recordPosition } from '../api/positions';
import { keys, useUnits } from '../api/queries';
import { FormShell } from './form-shell';
import { SelectField, TextField } from './fields';

interface Values {
  name: string;
  nationalId: string;
  unitId: string;
  position: string;
}

const EMPTY: Values = { name: '', nationalId: '', unitId: '', position: '' };

/** "Registrer ny ansatt": a dialog with POST /api/employees; reports the new employee's id. */
export function RegisterEmployeeDialog({ onRegistered }: { onRegistered(employee: { id: string; name: string; unitId: string }): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const units = useUnits();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ defaultValues: EMPTY, shouldFocusError: false });

  function show() {
    form.reset(EMPTY);
    setOpen(true);
    dialogRef.current?.showModal();
  }

  function close() {
    dialogRef.current?.close();
  }

  async function submit(values: Values) {
    const body = {
      name: values.name.trim(),
      unitId: values.unitId,
      ...(values.nationalId.trim() ? { nationalId: values.nationalId.replace(/\s/g, '') } : {}),
      ...(values.position.trim() ? { position: values.position.trim() } : {}),
    };
    const answer = await api<CommandAnswer>('POST', '/api/employees', { body });
    recordPosition(answer.position);
    await queryClient.invalidateQueries({ queryKey: keys.employees });
    onRegistered({ id: answer.id, name: body.name, unitId: body.unitId });
    close();
  }

  return (
    <>
      <Button type="button" variant="secondary" onClick={show}>
        Registrer ny ansatt
      </Button>
      <Dialog ref={dialogRef} closeButton="Lukk" onClose={() => setOpen(false)} aria-labelledby="ny-ansatt-tittel">
        <Dialog.Block>
          <h2 id="ny-ansatt-tittel" className="ds-heading" data-size="xs">
            Registrer ny ansatt
          </h2>
        </Dialog.Block>
        <Dialog.Block>
          {open && (
            <FormShell form={form} submitLabel="Registrer ansatt" onSubmit={submit} onCancel={close}>
              <TextField name="name" label="Navn" required autoComplete="off" />
              <TextField name="nationalId" label="Fødselsnummer (valgfritt)" inputMode="numeric" width="medium" description="11 siffer. Lagres kryptert." />
              <SelectField name="unitId" label="Enhet" options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} placeholder="Velg enhet" required />
              <TextField name="position" label="Stilling (valgfritt)" />
            </FormShell>
          )}
        </Dialog.Block>
      </Dialog>
    </>
  );
}
