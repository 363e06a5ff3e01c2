import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF as Debian's poppler-utils extracts it (what a reader copies out of it).
 * Fails, never skips, where pdftotext is missing.
 */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'document.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is missing: install Debian poppler-utils (apt-get install poppler-utils)');
    }
    throw error;
  }
}
