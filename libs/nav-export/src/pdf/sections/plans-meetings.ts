import type { CaseExport } from '../../case-export';
import { date, text, yesNo } from '../format';
import type { Cell, Layout } from '../layout';

/** Follow-up plans (AML § 4-6) and dialogue meetings, in the order they were held. */
export function renderPlansAndMeetings(layout: Layout, doc: CaseExport): void {
  layout.heading('Oppfølgingsplaner og dialogmøter');
  layout.subheading('Oppfølgingsplaner');
  if (doc.followUpPlans.length === 0) {
    layout.paragraph('Ingen oppfølgingsplan er registrert.');
  } else {
    layout.table(
      [{ header: 'Laget', width: 105 }, { header: 'Sendt sykmelder', width: 70 }, { header: 'Registrert av', width: 100 }, { header: 'Innhold' }],
      doc.followUpPlans.map((p): Cell[] => [date(p.madeOn), yesNo(p.sharedWithSickNoteWriter), text(p.recordedBy.name), text(p.summary)]),
    );
  }
  layout.subheading('Dialogmøter');
  if (doc.dialogueMeetings.length === 0) {
    layout.paragraph('Ingen dialogmøter er registrert.');
  } else {
    layout.table(
      [{ header: 'Møte', width: 80 }, { header: 'Holdt', width: 105 }, { header: 'Deltakere', width: 130 }, { header: 'Referat' }],
      doc.dialogueMeetings.map((m): Cell[] => [
        `Dialogmøte ${m.number}`,
        date(m.heldOn),
        m.participants.map((p) => p.label).join(', ') || '—',
        [{ text: text(m.summary) }, { text: `Registrert av ${text(m.recordedBy.name)}`, size: 8 }],
      ]),
    );
  }
}
