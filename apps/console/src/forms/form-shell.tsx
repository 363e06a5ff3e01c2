import { Alert, Button, ErrorSummary, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api/client';
import { fieldMessage, problemMessage } from '../labels/errors';
import { fieldId, FormMetaContext, type FormMeta } from './form-context';

interface FormShellProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The form's heading; omitted when the page heading says it. */
  heading?: string;
  headingLevel?: 2 | 3;
  submitLabel: string;
  /** `danger` for a submit that cannot be undone. */
  submitColor?: 'danger';
  /** Throws ApiError on refusal: field errors go beside their fields, the rest above the form. */
  onSubmit(values: T): Promise<void>;
  onCancel?(): void;
  /** Shown above the buttons, e.g. the stale-version alert. */
  notice?: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * One form: react-hook-form with the console's fields, client-side required checks, the
 * server's field errors in Norwegian beside the fields and in an ErrorSummary that takes focus.
 */
export function FormShell<T extends FieldValues>({ form, heading, headingLevel = 2, submitLabel, submitColor, onSubmit, onCancel, notice, children, className }: FormShellProps<T>) {
  const reactId = useId();
  const meta = useMemo<FormMeta>(() => ({ idPrefix: `skjema${reactId.replace(/[^a-zA-Z0-9]/g, '')}`, labels: new Map() }), [reactId]);
  const [problem, setProblem] = useState<string | null>(null);
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const errors = flattenErrors(form.formState.errors);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  useEffect(() => {
    if (heading) headingRef.current?.focus();
  }, [heading]);

  const submit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      setShowSummary(false);
      try {
        await onSubmit(values);
      } catch (error) {
        if (error instanceof ApiError && error.errors.length > 0) {
          for (const fieldError of error.errors) {
            form.setError(fieldError.field as never, { type: 'server', message: fieldMessage(fieldError) });
          }
          setShowSummary(true);
          setFocusSummary((n) => n + 1);
        } else if (!(error instanceof ApiError && error.status === 412)) {
          setProblem(problemMessage(error));
        }
      }
    },
    () => {
      setShowSummary(true);
      setFocusSummary((n) => n + 1);
    },
  );

  return (
    <FormMetaContext.Provider value={meta}>
      <FormProvider {...form}>
        <form noValidate onSubmit={submit} className={`form ${className ?? ''}`} aria-label={heading}>
          {heading && (
            <Heading level={headingLevel} data-size="xs" ref={headingRef} tabIndex={-1}>
              {heading}
            </Heading>
          )}
          {showSummary && errors.length > 0 && (
            <ErrorSummary ref={summaryRef as never} tabIndex={-1}>
              <ErrorSummary.Heading>Skjemaet har feil</ErrorSummary.Heading>
              <ErrorSummary.List>
                {errors.map(({ name, message }) => (
                  <ErrorSummary.Item key={name}>
                    <ErrorSummary.Link href={`#${fieldId(meta, name)}`}>
                      {meta.labels.get(name) ?? name}: {message}
                    </ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            </ErrorSummary>
          )}
          {children}
          {problem && (
            <Alert data-color="danger" role="alert">
              {problem}
            </Alert>
          )}
          {notice}
          <div className="form__buttons">
            <Button type="submit" data-color={submitColor} disabled={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
            {onCancel && (
              <Button type="button" variant="secondary" onClick={onCancel}>
                Avbryt
              </Button>
            )}
          </div>
        </form>
      </FormProvider>
    </FormMetaContext.Provider>
  );
}

function flattenErrors(errors: FieldErrors, parent = ''): { name: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === 'root') return [];
    const name = parent ? `${parent}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return [{ name, message: (value as { message: string }).message }];
    return flattenErrors(value as FieldErrors, name);
  });
}
