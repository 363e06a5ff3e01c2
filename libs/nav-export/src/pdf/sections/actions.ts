import type { CaseExport, ExportedAction } from '../../case-export';
import { date, dateTime, text } from '../format';
import { COLOR, type Cell, type Layout } from '../layout';

function riskNames(action: ExportedAction, doc: CaseExport): string {
  const names = action.riskIds.map((id) => doc.risks.find((r) => r.id === id)?.factorLabel ?? id);
  return names.length > 0 ? [...new Set(names)].join('; ') : '—';
}

/** Every agreed measure: who, by when, whether it was done and whether it worked. */
export function renderActions(layout: Layout, doc: CaseExport): void {
  layout.heading('Tiltak');
  if (doc.actions.length === 0) {
    layout.paragraph('Ingen tiltak er avtalt i saken.');
    return;
  }
  doc.actions.forEach((action, i) => {
    const completion: Cell = action.completion
      ? [{ text: `${date(action.completion.completedOn)} (registrert av ${text(action.completion.recordedBy.name)})` }]
      : [{ text: 'Ikke gjennomført', bold: true, color: COLOR.warn }];
    const fields: [string, Cell][] = [
      ['Beskrivelse', text(action.description)],
      ['Deltakere', action.participants.map((p) => p.label).join(', ') || '—'],
      ['Ansvarlig', text(action.responsible.name)],
      ['Frist', date(action.dueDate)],
      ['Avtalt', `${dateTime(action.recordedAt)} av ${text(action.recordedBy.name)}`],
      ['Knyttet til risiko', riskNames(action, doc)],
      ['Gjennomført', completion],
      ...(action.completion ? [['Resultat', text(action.completion.outcome)] as [string, Cell]] : []),
    ];
    // One action on one page where it fits: its heading, its fields and the first evaluation.
    layout.keepTogether(layout.fieldsHeight(fields) + 80);
    layout.subheading(`Tiltak ${i + 1}: ${text(action.title)}`);
    layout.fields(fields);
    if (action.evaluations.length === 0) {
      layout.paragraph(action.completion ? 'Tiltaket er ikke evaluert.' : 'Ingen evaluering ennå.', { color: COLOR.muted });
    } else {
      layout.table(
        [{ header: 'Evaluert', width: 150 }, { header: 'Effekt', width: 85 }, { header: 'Merknad' }],
        action.evaluations.map((e): Cell[] => [
          [{ text: dateTime(e.recordedAt) }, { text: text(e.recordedBy.name), size: 8 }],
          [{ text: e.effectLabel, bold: true }],
          text(e.note),
        ]),
      );
    }
  });
}
