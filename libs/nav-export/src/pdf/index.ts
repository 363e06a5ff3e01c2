export { renderCaseExportPdf } from './render-case-export-pdf';
export { maskNationalId } from './format';
