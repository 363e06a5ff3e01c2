import type { CaseExport } from '../../case-export';
import { date, nok, text } from '../format';
import { COLOR, type Layout } from '../layout';

/** Who agreed to the application, and NAV's decision once it is recorded. */
export function renderConsentsAndDecision(layout: Layout, doc: CaseExport): void {
  layout.heading('Samtykker');
  if (doc.consents.length === 0) {
    layout.paragraph('Ingen samtykker er registrert.', { bold: true, color: COLOR.bad });
  } else {
    layout.table(
      [{ header: 'Part', width: 95 }, { header: 'Samtykket til', width: 200 }, { header: 'Dato', width: 105 }, { header: 'Registrert av' }],
      doc.consents.map((c) => [c.partyLabel, c.scopeLabel, date(c.givenOn), text(c.recordedBy.name)]),
    );
  }

  layout.subheading('NAVs vedtak');
  const decision = doc.navDecision;
  if (decision === null) {
    layout.paragraph('Ikke registrert: NAV har ikke fattet vedtak, eller vedtaket er ikke ført inn i saken.');
    return;
  }
  layout.fields([
    ['Vedtak', [{ text: decision.granted ? 'Innvilget' : 'Avslått', bold: true, color: decision.granted ? COLOR.good : COLOR.bad }]],
    ['Vedtaksdato', date(decision.decidedOn)],
    ['Tilskudd', nok(decision.amount)],
    ['Frist for refusjonskrav', date(decision.refundDeadline)],
  ]);
}
