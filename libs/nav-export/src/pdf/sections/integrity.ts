import type { CaseExport } from '../../case-export';
import { COLOR, type Layout } from '../layout';

/** What the reader needs to check that the dossier matches the case's tamper-evident record. */
export function renderIntegrity(layout: Layout, doc: CaseExport): void {
  const chain = doc.chain;
  layout.heading('Integritet', 300);
  layout.paragraph(
    'Hver hendelse i saken lagres med en hash av innholdet og av hendelsen før, slik at en endring ' +
      'eller sletting i ettertid bryter kjeden. Siste hash (hodet) identifiserer hele historikken.',
  );
  layout.fields([
    ['Antall hendelser', String(chain.eventCount)],
    ['Siste hash (hode)', [{ text: chain.headHash, mono: true, size: 8 }]],
    ['Algoritme', chain.algorithm],
    [
      'Kjeden var intakt',
      [
        chain.valid
          ? { text: 'Ja, kjeden ble kontrollert og var intakt da dokumentet ble laget.', bold: true, color: COLOR.good }
          : { text: 'NEI: kjeden var brutt da dokumentet ble laget. Kontakt systemansvarlig.', bold: true, color: COLOR.bad },
      ],
    ],
  ]);
  layout.subheading('Slik kontrollerer du dokumentet');
  layout.paragraph('1. I systemet (API-et):');
  layout.paragraph(`GET /api/cases/${doc.case.id}/verification`, { mono: true, size: 8 });
  layout.paragraph('2. Mot en lagret JSON-eksport (kommandolinjen):');
  layout.paragraph(`npm run cli -- verify ${doc.case.id} <export.json>`, { mono: true, size: 8 });
  layout.paragraph(
    'Begge regner ut kjeden på nytt. Stemmer antall hendelser og siste hash med tallene over, ' +
      'beskriver dette dokumentet saken slik den var lagret.',
    { color: COLOR.muted },
  );
}
