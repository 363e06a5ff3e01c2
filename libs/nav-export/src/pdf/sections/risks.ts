import { RISK_FACTORS } from '@app/case-domain';
import type { CaseExport, ExportedRisk } from '../../case-export';
import { dateTime, text } from '../format';
import type { Cell, Layout } from '../layout';

/** Groups in the law's order of factors (§ 4-3 second paragraph first), unknown codes last. */
function byFactor(risks: ExportedRisk[]): ExportedRisk[][] {
  const rank = (factor: string) => {
    const i = (RISK_FACTORS as readonly string[]).indexOf(factor);
    return i < 0 ? RISK_FACTORS.length : i;
  };
  const groups = new Map<string, ExportedRisk[]>();
  for (const risk of [...risks].sort((a, b) => rank(a.factor) - rank(b.factor))) {
    const group = groups.get(risk.factorLabel) ?? [];
    group.push(risk);
    groups.set(risk.factorLabel, group);
  }
  return [...groups.values()];
}

/** The psychosocial risks of the case under the factor of arbeidsmiljøloven § 4-3 they concern. */
export function renderRisks(layout: Layout, doc: CaseExport): void {
  layout.heading('Risikoer etter § 4-3');
  if (doc.risks.length === 0) {
    layout.paragraph('Ingen risikoer er registrert i saken.');
    return;
  }
  for (const group of byFactor(doc.risks)) {
    layout.subheading(group[0].factorLabel);
    layout.table(
      [{ header: 'Alvorlighet', width: 70 }, { header: 'Kilde', width: 85 }, { header: 'Registrert', width: 110 }, { header: 'Beskrivelse' }],
      group.map((risk): Cell[] => [
        risk.severityLabel,
        risk.sourceLabel,
        [{ text: text(risk.recordedBy.name) }, { text: dateTime(risk.recordedAt), size: 8 }],
        risk.factorText ? [{ text: text(risk.factorText), bold: true }, { text: text(risk.description) }] : text(risk.description),
      ]),
    );
  }
}
