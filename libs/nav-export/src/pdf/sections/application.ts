import { NAV_APPLICATION_FIELDS, type NavApplication, type NavApplicationField } from '@app/case-domain';
import type { CaseExport } from '../../case-export';
import { date, maskNationalId, nok, text } from '../format';
import { COLOR, type Cell, type Layout } from '../layout';
import { NAV_FIELD_LABELS_NB, NAV_GROUP_LABELS_NB } from '../nav-field-labels';

function valueOf(application: NavApplication, field: NavApplicationField): unknown {
  return field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], application);
}

function formatted(field: NavApplicationField, value: unknown): string {
  switch (field) {
    case 'ansatt.fnr':
      return maskNationalId(value);
    case 'behovForBistand.timer':
      return typeof value === 'number' ? `${value} timer` : text(value);
    case 'behovForBistand.estimertKostnad':
      return typeof value === 'number' ? nok(value) : text(value);
    case 'behovForBistand.startdato':
      return typeof value === 'string' ? date(value) : text(value);
    default:
      return text(value);
  }
}

/** NAV's form field by field, in the form's order; what is missing says so, and why. */
export function renderApplication(layout: Layout, doc: CaseExport): void {
  layout.heading('Søknad om tilskudd til ekspertbistand');
  layout.paragraph(
    'Feltene i NAVs søknadsskjema, i skjemaets rekkefølge, fylt ut fra saken. ' +
      'Fødselsnummeret vises bare med fødselsdatoen; det fulle nummeret fylles inn i NAVs digitale skjema.',
    { color: COLOR.muted },
  );
  if (doc.missing.length > 0) {
    layout.paragraph(`${doc.missing.length} felt mangler eller er ugyldige og er merket «Mangler».`, { bold: true, color: COLOR.bad });
  }

  let group = '';
  let rows: [string, Cell][] = [];
  const flush = () => {
    if (rows.length > 0) layout.fields(rows, 190);
    rows = [];
  };
  for (const field of NAV_APPLICATION_FIELDS) {
    const fieldGroup = field.split('.')[0];
    if (fieldGroup !== group) {
      flush();
      group = fieldGroup;
      layout.subheading(NAV_GROUP_LABELS_NB[group] ?? group);
    }
    const value = valueOf(doc.application, field);
    const problems = doc.missing.filter((p) => p.field === field);
    const cell: Cell = [];
    if (value !== null && value !== undefined) cell.push({ text: formatted(field, value) });
    for (const problem of problems) {
      cell.push({ text: problem.problem === 'invalid' ? 'Mangler: ugyldig verdi' : 'Mangler', bold: true, color: COLOR.bad });
      cell.push({ text: problem.reasonNb, color: COLOR.bad });
    }
    if (cell.length === 0) cell.push({ text: formatted(field, value) });
    rows.push([NAV_FIELD_LABELS_NB[field], cell]);
  }
  flush();
}
