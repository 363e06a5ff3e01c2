import { isEligible } from '@app/case-domain';
import type { ExportedEligibilityRule, CaseExport } from '../../case-export';
import { COLOR, type Run, type Layout } from '../layout';

/** A mark in words, not only in colour: the dossier is often printed in black and white. */
function mark(rule: ExportedEligibilityRule): Run {
  if (rule.met) return { text: 'Oppfylt', bold: true, color: COLOR.good };
  if (!rule.blocking) return { text: 'Advarsel', bold: true, color: COLOR.warn };
  return { text: 'Ikke oppfylt', bold: true, color: COLOR.bad };
}

/** NAV's conditions for the grant, each judged with the numbers it was judged by. */
export function renderEligibility(layout: Layout, doc: CaseExport): void {
  layout.heading('Vilkår');
  layout.paragraph(
    isEligible(doc.eligibility)
      ? 'Alle vilkår som må være oppfylt for å søke, er oppfylt.'
      : 'Ett eller flere vilkår som må være oppfylt for å søke, er ikke oppfylt.',
    { bold: true },
  );
  layout.paragraph('«Advarsel» betyr at vilkåret ikke hindrer søknaden, men bør ses på (f.eks. kostnad over tilskuddsgrensen).', {
    color: COLOR.muted,
    size: 8,
  });
  layout.table(
    [{ header: 'Vilkår', width: 190 }, { header: 'Vurdering', width: 75 }, { header: 'Begrunnelse' }],
    doc.eligibility.map((rule) => [[{ text: rule.label, bold: true }], [mark(rule)], rule.explanationNb]),
  );
}
