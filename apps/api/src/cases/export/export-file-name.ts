import { calendarDate } from '@app/case-domain';
import type { CaseExport } from '@app/nav-export';

/**
 * e.g. "saksdokumentasjon-3f2a9c1e-2026-11-22.pdf": the case id's first block and the local
 * day, never the title or a name, since file names travel in mail subjects and download lists.
 */
export function exportFileName(doc: CaseExport, extension: 'pdf' | 'json', timeZone: string): string {
  return `saksdokumentasjon-${doc.case.id.slice(0, 8)}-${calendarDate(new Date(doc.generatedAt), timeZone)}.${extension}`;
}
