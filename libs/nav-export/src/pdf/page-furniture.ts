import type PDFDocument from 'pdfkit';
import type { CaseExport } from '../case-export';
import { dateTime, text } from './format';
import { REGULAR } from './fonts';
import { COLOR } from './layout';

/**
 * The running header and the footer with "Side n av N", drawn on every page once the whole
 * document is laid out (pages are buffered), since N is known only then.
 */
export function drawPageFurniture(pdf: InstanceType<typeof PDFDocument>, doc: CaseExport): void {
  const { start, count } = pdf.bufferedPageRange();
  const left = `${text(doc.organisation.name)} · Saksdokumentasjon · ${text(doc.case.employee.name)}`;
  const generated = `Generert ${dateTime(doc.generatedAt)} · Sak ${doc.case.id}`;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const page = pdf.page;
    const { left: x, right, top, bottom } = page.margins;
    const width = page.width - x - right;
    // Writing inside the margins must not make pdfkit start a new page.
    page.margins.bottom = 0;
    pdf.font(REGULAR).fontSize(7.5).fillColor(COLOR.muted);
    if (i > start) {
      pdf.text(left, x, top - 26, { width, lineBreak: false, ellipsis: true });
      pdf.moveTo(x, top - 14).lineTo(x + width, top - 14).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
    }
    const footerY = page.height - bottom + 18;
    pdf.moveTo(x, footerY - 6).lineTo(x + width, footerY - 6).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
    pdf.text(generated, x, footerY, { width: width - 80, lineBreak: false });
    pdf.text(`Side ${i - start + 1} av ${count}`, x + width - 80, footerY, { width: 80, align: 'right', lineBreak: false });
    page.margins.bottom = bottom;
  }
}
