export { renderCaseExportPdf } from './render-case-export-pdf';
