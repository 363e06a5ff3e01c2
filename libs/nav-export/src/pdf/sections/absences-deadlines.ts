import type { CaseExport, ExportedDeadline } from '../../case-export';
import { date, text } from '../format';
import { COLOR, type Run, type Layout } from '../layout';

const STATUS_COLORS: Record<string, string> = {
  met: COLOR.good,
  overdue: COLOR.bad,
  due_soon: COLOR.warn,
  not_applicable: COLOR.muted,
};

function status(deadline: ExportedDeadline): Run {
  return { text: deadline.statusLabel, bold: true, color: STATUS_COLORS[deadline.status] ?? COLOR.text };
}

/** Absence spells and the statutory deadlines they set off, with whether each was met. */
export function renderAbsencesAndDeadlines(layout: Layout, doc: CaseExport): void {
  layout.heading('Fravær og lovpålagte frister');
  layout.subheading('Fravær');
  if (doc.absences.length === 0) {
    layout.paragraph('Ingen fravær er registrert i saken.');
  } else {
    layout.table(
      [{ header: 'Fra', width: 120 }, { header: 'Til', width: 120 }, { header: 'Grad', width: 60 }, { header: 'Type' }],
      doc.absences.map((a) => [date(a.from), a.to ? date(a.to) : 'pågår', `${a.grade} %`, a.kindLabel]),
    );
  }

  layout.subheading('Frister');
  if (doc.deadlines.length === 0) {
    layout.paragraph('Saken har ingen frister.');
    return;
  }
  const actionTitles = new Map(doc.actions.map((a) => [a.id, text(a.title)]));
  layout.table(
    [{ header: 'Frist', width: 160 }, { header: 'Forfallsdato', width: 105 }, { header: 'Regnet fra', width: 105 }, { header: 'Status' }],
    doc.deadlines.map((d) => [
      d.actionId ? `${d.label}: ${actionTitles.get(d.actionId) ?? d.actionId}` : d.label,
      date(d.dueDate),
      d.periodStart ? date(d.periodStart) : '',
      [status(d)],
    ]),
  );
}
