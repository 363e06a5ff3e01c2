import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { api, ApiError, type CommandAnswer } from '../api/client';
import { recordPosition } from '../api/positions';
import { invalidateAfterWrite, keys, useCase } from '../api/queries';
import type { CaseState } from '../api/types';
import { FormShell } from './form-shell';

interface CaseCommandFormProps<T extends FieldValues> {
  caseId: string;
  /** The path under /api/cases/:id, e.g. `risks` or `actions/<id>/completion`. */
  path: string;
  heading: string;
  submitLabel: string;
  defaultValues: DefaultValues<T>;
  /** The form's values as the API's body. */
  toBody(values: T): unknown;
  onDone(answer: CommandAnswer): void;
  onCancel(): void;
  children: ReactNode;
}

/**
 * A form for one case command. It sends the case version it was opened against as If-Match:
 * if someone else changed the case meanwhile (412), it says so and offers to reload the case,
 * keeping what the user typed. On success it refreshes the case's queries, which wait for the
 * command's position (read-your-writes).
 */
export function CaseCommandForm<T extends FieldValues>({ caseId, path, heading, submitLabel, defaultValues, toBody, onDone, onCancel, children }: CaseCommandFormProps<T>) {
  const queryClient = useQueryClient();
  const { data: caseState } = useCase(caseId);
  const [version, setVersion] = useState<number | undefined>(caseState?.version);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<T>({ defaultValues, shouldFocusError: false });

  async function submit(values: T) {
    try {
      const answer = await api<CommandAnswer>('POST', `/api/cases/${caseId}/${path}`, { body: toBody(values), ifMatch: version });
      recordPosition(answer.position);
      setStale(false);
      await invalidateAfterWrite(queryClient, caseId);
      onDone(answer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setStale(true);
      throw error;
    }
  }

  async function reload() {
    setReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: keys.case(caseId) });
      const fresh = queryClient.getQueryData<CaseState>(keys.case(caseId));
      setVersion(fresh?.version);
      setStale(false);
    } finally {
      setReloading(false);
    }
  }

  const notice = stale ? (
    <Alert data-color="warning" role="alert">
      <Paragraph>Saken er endret av en annen – last inn på nytt</Paragraph>
      <Paragraph data-size="sm">Det du har skrevet, blir stående. Se over endringene før du lagrer igjen.</Paragraph>
      <Button type="button" variant="secondary" data-size="sm" onClick={reload} disabled={reloading}>
        Last inn på nytt
      </Button>
    </Alert>
  ) : null;

  return (
    <div className="command-form">
      <FormShell form={form} heading={heading} headingLevel={3} submitLabel={submitLabel} onSubmit={submit} onCancel={onCancel} notice={notice}>
        {children}
      </FormShell>
    </div>
  );
}
