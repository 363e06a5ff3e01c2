import type PDFDocument from 'pdfkit';

/**
 * A cheap upper bound of the height of wrapped text, from cached character widths. Exact
 * measuring (pdfkit's heightOfString) shapes every word with the font and costs as much as
 * drawing; a table only needs it when a row might not fit on the page, so most rows of a long
 * timeline are never measured. The bound: greedy wrapping breaks a line only when the next
 * word does not fit, so every line but the last is fuller than (width - longest word - space).
 */

type Doc = InstanceType<typeof PDFDocument>;

// Per font and character, at 1 pt; the fonts are the same files in every document.
const charWidths = new Map<string, number>();
const lineHeights = new Map<string, number>();
// Kerning and the break rules make the real lines differ a little from the sum of characters.
const SLACK = 1.05;

function charWidth(doc: Doc, font: string, ch: string): number {
  const key = font + ch;
  let width = charWidths.get(key);
  if (width === undefined) {
    doc.font(font).fontSize(1);
    width = doc.widthOfString(ch);
    charWidths.set(key, width);
  }
  return width;
}

function lineHeight(doc: Doc, font: string): number {
  let height = lineHeights.get(font);
  if (height === undefined) {
    doc.font(font).fontSize(1);
    height = doc.currentLineHeight(true);
    lineHeights.set(font, height);
  }
  return height;
}

/** At most how tall `text` wraps at `width`; Infinity when the bound cannot tell (a word wider than a line). */
export function maxTextHeight(doc: Doc, font: string, size: number, lineGap: number, text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let total = 0;
    let word = 0;
    let longest = 0;
    for (const ch of paragraph) {
      const w = charWidth(doc, font, ch) * size;
      total += w;
      word = ch === ' ' ? 0 : word + w;
      if (word > longest) longest = word;
    }
    const space = charWidth(doc, font, ' ') * size;
    const fill = width - longest * SLACK - space;
    if (fill <= 0) return Infinity;
    lines += 1 + Math.floor((total * SLACK) / fill);
  }
  return lines * (lineHeight(doc, font) * size + lineGap);
}

/** True when `text` surely fits on one line of `width`: then it can be drawn without the line wrapper. */
export function fitsOnOneLine(doc: Doc, font: string, size: number, text: string, width: number): boolean {
  if (text.length > 200 || text.includes('\n')) return false;
  let total = 0;
  for (const ch of text) total += charWidth(doc, font, ch);
  return total * size * SLACK <= width;
}
