import { Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { get, useFormContext, type RegisterOptions } from 'react-hook-form';
import { fieldId, useFormMeta } from './form-context';

/**
 * Fields bound to the surrounding react-hook-form by name. Each one has a visible label, shows
 * its error (client check or the server's field error) beside itself, and registers its label
 * for the error summary.
 */

export interface Option {
  value: string;
  label: string;
}

function useField(name: string, label: string) {
  const meta = useFormMeta();
  meta.labels.set(name, label);
  const { register, formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return { id: fieldId(meta, name), register, error: error?.message };
}

interface TextFieldProps {
  name: string;
  label: string;
  required?: boolean;
  description?: string;
  type?: 'text' | 'date' | 'number' | 'email' | 'password' | 'tel' | 'search';
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  rules?: RegisterOptions;
  width?: 'short' | 'medium' | 'full';
}

export function TextField({ name, label, required, description, type = 'text', multiline, rows = 4, autoComplete, inputMode, rules, width = 'full' }: TextFieldProps) {
  const { id, register, error } = useField(name, label);
  const registered = register(name, {
    ...(required ? { required: 'Må fylles ut', validate: (v: unknown) => (typeof v === 'string' && v.trim() === '' ? 'Må fylles ut' : true) } : {}),
    ...rules,
  });
  const common = { id, label, description, error, 'aria-required': required || undefined, className: `field field--${width}` };
  return multiline ? (
    <Textfield {...common} multiline rows={rows} {...registered} />
  ) : (
    <Textfield {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} {...registered} />
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  options: Option[];
  required?: boolean;
  /** The empty first choice, e.g. "Velg enhet". */
  placeholder?: string;
  description?: string;
  rules?: RegisterOptions;
}

export function SelectField({ name, label, options, required, placeholder = 'Velg', description, rules }: SelectFieldProps) {
  const { id, register, error } = useField(name, label);
  const errorId = `${id}-feil`;
  const descriptionId = `${id}-beskrivelse`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <Field className="field field--medium">
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <div id={descriptionId} className="field__description">
          {description}
        </div>
      )}
      <Select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        {...register(name, { ...(required ? { required: 'Velg et alternativ' } : {}), ...rules })}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}

interface GroupProps {
  name: string;
  legend: string;
  options: Option[];
  required?: boolean;
  description?: string;
}

export function CheckboxGroupField({ name, legend, options, required, description }: GroupProps) {
  const { id, register, error } = useField(name, legend);
  const registered = register(name, required ? { validate: (v: unknown) => (Array.isArray(v) && v.length > 0) || 'Velg minst ett alternativ' } : {});
  return (
    <Fieldset className="field" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-feil` : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="option-grid">
        {options.map((option, index) => (
          <Checkbox key={option.value} id={index === 0 ? id : `${id}-${option.value}`} label={option.label} value={option.value} {...registered} />
        ))}
      </div>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

export function RadioGroupField({ name, legend, options, required, description }: GroupProps) {
  const { id, register, error } = useField(name, legend);
  const registered = register(name, required ? { required: 'Velg ett alternativ' } : {});
  return (
    <Fieldset className="field" aria-describedby={error ? `${id}-feil` : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="option-row">
        {options.map((option, index) => (
          <Radio key={option.value} id={index === 0 ? id : `${id}-${option.value}`} label={option.label} value={option.value} {...registered} />
        ))}
      </div>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

export function CheckboxField({ name, label, description }: { name: string; label: string; description?: string }) {
  const { id, register, error } = useField(name, label);
  return <Checkbox id={id} className="field" label={label} description={description} error={error} {...register(name)} />;
}

/** Options from a code → label map, in the map's order. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
