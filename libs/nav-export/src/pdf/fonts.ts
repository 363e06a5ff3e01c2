import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

/**
 * The embedded font: DejaVu Sans (npm `dejavu-fonts-ttf`, free licence, covers æøå and
 * every Latin letter a Norwegian name may have). pdfkit's built-in Helvetica is not embedded
 * and its encoding loses letters outside WinAnsi. `require.resolve` finds the package from
 * this file both under jest (src/) and when compiled to dist/, so no path is hard-wired.
 */

export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';
/** For hashes and commands, which a reader may compare or type character by character. */
export const MONO = 'DejaVuSansMono';

const FILES = {
  [REGULAR]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [BOLD]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  [MONO]: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
};

// pdfkit accepts a parsed fontkit font as well as a file. Parsing once per process, with the
// fontkit pdfkit itself depends on, saves every later dossier reading the tables again (about
// a third of rendering a small case). Fonts are read-only once parsed, so sharing is safe.
type Parsed = { layout: (...args: unknown[]) => unknown };
let parsed: Record<string, Parsed> | undefined;

function parse(): Record<string, Parsed> {
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): Parsed };
  return Object.fromEntries(Object.entries(FILES).map(([name, file]) => [name, fontkit.create(readFileSync(require.resolve(file)))]));
}

export function registerFonts(doc: InstanceType<typeof PDFDocument>): void {
  parsed ??= parse();
  for (const [name, font] of Object.entries(parsed)) doc.registerFont(name, font as unknown as Buffer);
  doc.font(REGULAR);
}
