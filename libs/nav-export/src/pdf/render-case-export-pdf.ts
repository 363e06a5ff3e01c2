import type PDFKit from 'pdfkit';
import type { CaseExport } from '../case-export';
import { registerFonts } from './fonts';
import { text } from './format';
import { Layout } from './layout';
import { drawPageFurniture } from './page-furniture';
import { renderAbsencesAndDeadlines } from './sections/absences-deadlines';
import { renderActions } from './sections/actions';
import { renderApplication } from './sections/application';
import { renderConsentsAndDecision } from './sections/consents-decision';
import { renderCover } from './sections/cover';
import { renderEligibility } from './sections/eligibility';
import { renderIntegrity } from './sections/integrity';
import { renderPlansAndMeetings } from './sections/plans-meetings';
import { renderRisks } from './sections/risks';
import { renderTimeline } from './sections/timeline';

// Loaded with the first dossier, not at server start: pdfkit alone takes ~0.1 s to load.
let pdfkit: typeof PDFKit | undefined;
const loadPdfkit = (): typeof PDFKit => (pdfkit ??= require('pdfkit') as typeof PDFKit);

// 2 cm sides; top and bottom leave room for the running header and the page numbers.
const MARGINS = { top: 64, bottom: 60, left: 56, right: 56 };

/**
 * The PDF dossier of a case: an A4 rendering of the same `CaseExport` the JSON export
 * answers, in Norwegian, with an embedded font so the text extracts and prints the same
 * everywhere. Pure: no I/O but reading the font files once.
 */
export function renderCaseExportPdf(doc: CaseExport): Promise<Buffer> {
  const PDFDocument = loadPdfkit();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nb-NO',
    displayTitle: true,
    info: {
      Title: `Saksdokumentasjon: ${text(doc.case.title)}`,
      Author: text(doc.organisation.name),
      Subject: 'Dokumentasjon til søknad om tilskudd til ekspertbistand (NAV)',
      Creator: 'Arbeidsmiljøsaker',
      CreationDate: new Date(doc.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  registerFonts(pdf);
  const layout = new Layout(pdf);
  renderCover(layout, doc);
  pdf.addPage();
  renderApplication(layout, doc);
  renderEligibility(layout, doc);
  renderAbsencesAndDeadlines(layout, doc);
  renderRisks(layout, doc);
  renderActions(layout, doc);
  renderPlansAndMeetings(layout, doc);
  renderConsentsAndDecision(layout, doc);
  pdf.addPage();
  renderTimeline(layout, doc);
  renderIntegrity(layout, doc);
  drawPageFurniture(pdf, doc);
  pdf.end();
  return done;
}
