import type { CaseExport } from '../../case-export';
import { shortHash, text } from '../format';
import { COLOR, SIZE, type Cell, type Layout } from '../layout';

/** Every event of the case in order: when, who, what, and its hash to find it in the JSON. */
export function renderTimeline(layout: Layout, doc: CaseExport): void {
  layout.heading('Tidslinje');
  layout.paragraph(
    `Alle ${doc.timeline.length} hendelser i saken, eldste først. Tidspunkt er norsk tid. ` +
      'Hashen er forkortet til 12 tegn; den fulle står i JSON-eksporten.',
    { color: COLOR.muted },
  );
  layout.table(
    [{ header: 'Nr.', width: 30 }, { header: 'Tidspunkt / hash', width: 86 }, { header: 'Utført av', width: 92 }, { header: 'Hendelse' }],
    doc.timeline.map((event): Cell[] => [
      [{ text: String(event.version), size: SIZE.table, oneLine: true }],
      [
        { text: event.occurredAtLocal, size: SIZE.table, oneLine: true },
        { text: shortHash(event.hash), size: 7, mono: true, color: COLOR.muted, oneLine: true },
      ],
      [{ text: text(event.actor.name), size: SIZE.table }],
      [{ text: text(event.text), size: SIZE.table }],
    ]),
  );
}
