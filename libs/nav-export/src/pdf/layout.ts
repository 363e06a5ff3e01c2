import type PDFDocument from 'pdfkit';
import { BOLD, MONO, REGULAR } from './fonts';
import { fitsOnOneLine, maxTextHeight } from './quick-measure';

/**
 * The dossier's few building blocks (headings, label/value lists, tables, paragraphs) on top
 * of pdfkit. Sections use only these, so the whole document shares one look and one rule for
 * page breaks: a block that does not fit goes to the next page, a table repeats its header.
 */

type Doc = InstanceType<typeof PDFDocument>;

export const COLOR = {
  text: '#1b1f24',
  muted: '#5b6470',
  accent: '#1f3a5f',
  rule: '#cfd5dc',
  headerFill: '#eef1f5',
  bad: '#a4161a',
  warn: '#8a5300',
  good: '#1e6b34',
} as const;

export const SIZE = { body: 9.5, table: 8.5, small: 8, h1: 15, h2: 11.5 } as const;

const LINE_GAP = 1.5;
const CELL_PAD = 4;

/** One line (paragraph) of a cell; a cell is a string or several styled lines. */
export interface Run {
  text: string;
  bold?: boolean;
  mono?: boolean;
  /** Short text known to fit on one line (a time, a hash): drawn without the line wrapper, which is slow. */
  oneLine?: boolean;
  color?: string;
  size?: number;
}
export type Cell = string | Run[];

export interface Column {
  header: string;
  /** Points; the last column may leave it out and takes the rest of the width. */
  width?: number;
}

export class Layout {
  constructor(readonly doc: Doc) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. True when it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  gap(points = 8): void {
    this.doc.y += points;
  }

  /** A section heading, with a bookmark in the PDF outline, kept with `keep` points of what follows. */
  heading(title: string, keep = 110): void {
    const { doc } = this;
    if (doc.y > doc.page.margins.top) this.gap(14);
    this.ensureSpace(keep);
    doc.outline.addItem(title);
    doc.font(BOLD).fontSize(SIZE.h1).fillColor(COLOR.accent);
    doc.text(title, this.left, doc.y, { width: this.width });
    const y = doc.y + 2;
    doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.8).strokeColor(COLOR.accent).stroke();
    doc.y = y + 8;
    this.bodyFont();
  }

  subheading(title: string): void {
    const { doc } = this;
    this.gap(6);
    this.ensureSpace(80);
    doc.font(BOLD).fontSize(SIZE.h2).fillColor(COLOR.accent);
    doc.text(title, this.left, doc.y, { width: this.width, lineGap: LINE_GAP });
    this.gap(3);
    this.bodyFont();
  }

  /** Flowing text; pdfkit itself continues it on the next page. */
  paragraph(text: string, run: Omit<Run, 'text'> = {}): void {
    this.ensureSpace(this.lineHeight(run.size));
    this.drawRun({ ...run, text }, this.left, this.doc.y, this.width);
    this.gap(3);
  }

  /** Label/value pairs in two columns: for one record (the cover, a risk, an action). */
  fields(rows: [label: string, value: Cell][], labelWidth = 150): void {
    this.table([{ header: '', width: labelWidth }, { header: '' }], fieldRows(rows), { header: false });
  }

  /** The height `fields` will take, to keep a short record on one page. */
  fieldsHeight(rows: [label: string, value: Cell][], labelWidth = 150): number {
    const widths = this.columnWidths([{ header: '', width: labelWidth }, { header: '' }]);
    return fieldRows(rows).reduce((sum, cells) => sum + this.rowHeight(cells, widths), 0);
  }

  /** Starts a new page unless `height` fits, when a whole page can hold it at all. */
  keepTogether(height: number): void {
    if (height < this.bottom - this.doc.page.margins.top) this.ensureSpace(height);
  }

  /**
   * A table with a header row that is repeated on every page it continues on. A row never
   * splits across pages, except one taller than a whole page: then only its last cell flows
   * on (put long free text last).
   */
  table(columns: Column[], rows: Cell[][], options: { header?: boolean } = {}): void {
    const widths = this.columnWidths(columns);
    const showHeader = options.header !== false;
    const header: Cell[] = columns.map((c) => [{ text: c.header, bold: true, size: SIZE.small }]);
    const drawHeader = () => {
      if (showHeader) this.row(header, widths, true);
    };
    // The header never ends a page alone: it goes with (the start of) the first row.
    const headerHeight = showHeader ? this.rowHeight(header, widths) : 0;
    this.ensureSpace(headerHeight + Math.min(rows.length > 0 ? this.rowHeight(rows[0], widths) : 0, this.lineHeight() * 4));
    drawHeader();
    const pageHeight = this.bottom - this.doc.page.margins.top;
    for (const cells of rows) {
      // Measure exactly only when the cheap bound says the row might not fit.
      const room = this.bottom - this.doc.y;
      const bound = this.maxRowHeight(cells, widths);
      const height = bound <= room ? bound : this.rowHeight(cells, widths);
      if (height > room && height < pageHeight) {
        this.doc.addPage();
        drawHeader();
      }
      this.row(cells, widths, false);
    }
    this.gap(6);
  }

  /** Text height of a cell at a column width: the cost of a table is mostly this. */
  rowHeight(cells: Cell[], widths: number[]): number {
    let height = 0;
    cells.forEach((cell, i) => {
      let h = 0;
      for (const run of runs(cell)) {
        this.font(run);
        h += this.doc.heightOfString(run.text || ' ', { width: widths[i] - 2 * CELL_PAD, lineGap: LINE_GAP });
      }
      height = Math.max(height, h);
    });
    return height + 2 * CELL_PAD;
  }

  /** An upper bound of `rowHeight` that costs a fraction of it (quick-measure.ts). */
  private maxRowHeight(cells: Cell[], widths: number[]): number {
    let height = 0;
    cells.forEach((cell, i) => {
      let h = 0;
      for (const run of runs(cell)) {
        h += maxTextHeight(this.doc, fontOf(run), run.size ?? SIZE.body, LINE_GAP, run.text || ' ', widths[i] - 2 * CELL_PAD);
      }
      height = Math.max(height, h);
    });
    return height + 2 * CELL_PAD;
  }

  private row(cells: Cell[], widths: number[], isHeader: boolean): void {
    const { doc } = this;
    const top = doc.y;
    const page = doc.page;
    if (isHeader) {
      const height = this.rowHeight(cells, widths);
      doc.rect(this.left, top, this.width, height).fillColor(COLOR.headerFill).fill();
    }
    let x = this.left;
    let bottom = top;
    cells.forEach((cell, i) => {
      let y = top + CELL_PAD;
      for (const run of runs(cell)) {
        this.drawRun(run, x + CELL_PAD, y, widths[i] - 2 * CELL_PAD);
        y = doc.y;
      }
      // A cell taller than a page flowed onto the next one: the row ends where it ended.
      bottom = doc.page === page ? Math.max(bottom, y) : y;
      x += widths[i];
    });
    doc.y = bottom + CELL_PAD;
    doc.moveTo(this.left, doc.y).lineTo(this.left + this.width, doc.y).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
    doc.x = this.left;
  }

  private drawRun(run: Run, x: number, y: number, width: number): void {
    const text = run.text || ' ';
    // pdfkit's line wrapper is most of the cost of text; a short cell does not need it.
    const oneLine = run.oneLine || fitsOnOneLine(this.doc, fontOf(run), run.size ?? SIZE.body, text, width);
    this.font(run);
    this.doc.fillColor(run.color ?? COLOR.text);
    this.doc.text(text, x, y, { width, lineGap: LINE_GAP, lineBreak: !oneLine });
  }


  private font(run: Omit<Run, 'text'>): void {
    this.doc.font(fontOf(run)).fontSize(run.size ?? SIZE.body);
  }

  private bodyFont(): void {
    this.doc.font(REGULAR).fontSize(SIZE.body).fillColor(COLOR.text);
  }

  private lineHeight(size: number = SIZE.body): number {
    return size * 1.2 + LINE_GAP;
  }

  private columnWidths(columns: Column[]): number[] {
    const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    const flexible = columns.filter((c) => c.width === undefined).length;
    return columns.map((c) => c.width ?? (this.width - fixed) / Math.max(flexible, 1));
  }
}

function fontOf(run: Omit<Run, 'text'>): string {
  return run.mono ? MONO : run.bold ? BOLD : REGULAR;
}

function fieldRows(rows: [label: string, value: Cell][]): Cell[][] {
  return rows.map(([label, value]) => [[{ text: label, bold: true }], value]);
}

function runs(cell: Cell): Run[] {
  return typeof cell === 'string' ? [{ text: cell }] : cell;
}
