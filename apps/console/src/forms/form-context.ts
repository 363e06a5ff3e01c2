import { createContext, useContext } from 'react';

/** Per form: a prefix for field ids, and each field's label for the error summary. */
export interface FormMeta {
  idPrefix: string;
  labels: Map<string, string>;
}

export const FormMetaContext = createContext<FormMeta>({ idPrefix: 'f', labels: new Map() });

export function useFormMeta(): FormMeta {
  return useContext(FormMetaContext);
}

/** The element id of a field (dots in nested names become dashes). */
export function fieldId(meta: FormMeta, name: string): string {
  return `${meta.idPrefix}-${name.replace(/\./g, '-')}`;
}
