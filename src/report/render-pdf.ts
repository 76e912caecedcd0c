/**
 * renderPdf(model, fonts): draws a ReportModel as an A4 PDF with jsPDF. The only
 * module that imports jsPDF; the browser loads it on first export (see
 * download-pdf.ts), Node through pdf-node.ts. Text flows over pages with page
 * breaks between lines, tables repeat their header row on every page, and every
 * page gets "Page x of y" and the answers' fingerprint in its footer.
 */
import { jsPDF } from 'jspdf';
import { withDeflate, type DeflateLevel } from './pdf-deflate.ts';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import type { Block, Part, ReportModel, ReportSection } from './report-model.ts';
import { fitColumns, type BlockKind, type PageLayout, type PdfLayout, type TableLayout } from './pdf-layout.ts';
import { COLOR, FONT, lineHeight, PAGE, PT, SIZE, TEXT_WIDTH, TIER_COLOR } from './pdf-style.ts';
import { addReportFonts, addReportFontsAsJsPdfDoes, type FontFiles, parseReportFonts, withoutShaping } from './pdf-fonts.ts';
import { escapeOnce } from './pdf-escape.ts';
import { measureOnce } from './pdf-measure.ts';
import { codeOf, fitText, missingGlyphs, safeLine, safeText, stringsIn, type HasGlyph } from './pdf-text.ts';

export type ReportFonts = FontFiles;

export interface RenderOptions {
  /** jsPDF as it comes (fonts decoded and parsed for this document, every text plugin): for the test that the set-up changes no byte. */
  asJsPdfDoes?: boolean;
  /** How hard the streams are compressed (see pdf-deflate.ts); REPORT_DEFLATE unless a test asks for another. */
  deflate?: DeflateLevel;
}

/**
 * The streams' compression: fflate's fastest level. For the largest report, in
 * Chromium, a later export takes about 140 ms instead of 160 ms at jsPDF's level 6,
 * and the file is 230 KB instead of 189 KB (every stream's contents are the same).
 */
export const REPORT_DEFLATE: DeflateLevel = 1;

type Style = { size?: number; bold?: boolean; muted?: boolean; color?: readonly [number, number, number] };
type Line = { text: string; bold: boolean; muted: boolean; indent: number; bullet: boolean };

const HANG = 3;

const USABLE = PAGE.height - PAGE.bottom - PAGE.top;
const FILL_ROW = 10;
const CELL_PADDING = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 };
const TABLE_LINE = SIZE.table * PT * 1.2;

class Writer {
  y: number = PAGE.top;
  readonly starts: { title: string; page: number }[] = [];
  contents: { page: number; y: number } | null = null;
  /** How many sections the contents list. */
  sectionCount = 0;
  /** The kind of block being drawn, for the layout record. */
  kind: BlockKind = 'title';
  readonly pages = new Map<number, PageLayout>();
  readonly tables: TableLayout[] = [];

  constructor(
    readonly doc: jsPDF,
    readonly has: HasGlyph,
  ) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** Millimetres used on the current page. */
  get used(): number {
    return this.y - PAGE.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Moves to a new page unless `height` more millimetres fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  /** Records that the current block drew something reaching down to `y` on `page`. */
  touch(y: number = this.y, page: number = this.page()): void {
    const record = this.pages.get(page) ?? { page, used: 0, first: null, last: null };
    record.used = Math.max(record.used, Math.min(y, this.bottom) - PAGE.top);
    record.first ??= this.kind;
    record.last = this.kind;
    this.pages.set(page, record);
  }

  safe(text: string): string {
    return safeText(text, this.has);
  }

  /** The font, size and colour last set through style(), or null when something else (autoTable) may have set others since. */
  private styled: string | null = null;
  private readonly wrapped = new Map<string, string[]>();

  style({ size = SIZE.body, bold = false, muted = false, color }: Style): void {
    const rgb = color ?? (muted ? COLOR.muted : COLOR.text);
    const key = `${bold ? 'b' : 'n'}|${size}|${rgb.join(',')}`;
    if (key === this.styled) return;
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...rgb);
    this.styled = key;
  }

  /** Says that the font, size or colour may have been set by other code since style() last ran. */
  restyled(): void {
    this.styled = null;
  }

  /** The text's lines at a width, wrapped once per document for each font and size. */
  wrap(text: string, width: number, style: Style): string[] {
    this.style(style);
    const key = `${style.bold ? 'b' : 'n'}|${style.size ?? SIZE.body}|${width}|${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = this.doc.splitTextToSize(this.safe(text), width) as string[];
      this.wrapped.set(key, lines);
    }
    return lines.slice();
  }

  /**
   * Writes wrapped text line by line, breaking pages between lines. `tail` is
   * the height that must still fit below the last line (what it keeps with).
   */
  text(text: string, style: Style = {}, x: number = PAGE.left, width: number = TEXT_WIDTH, after = 1.8, tail = 0): void {
    const size = style.size ?? SIZE.body;
    const lh = lineHeight(size);
    const lines = this.wrap(text, width, style);
    lines.forEach((line, i) => {
      this.ensure(lh + (i === lines.length - 1 && tail + lh <= USABLE ? tail : 0));
      this.style(style);
      this.doc.text(line, x, this.y + size * PT * 0.82);
      this.y += lh;
      this.touch();
    });
    this.y += after;
  }

  rule(color: readonly [number, number, number] = COLOR.rule, width = 0.2): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(PAGE.left, this.y, PAGE.left + TEXT_WIDTH, this.y);
  }
}

function drawParts(w: Writer, parts: Part[], x: number, width: number, size = SIZE.body): void {
  parts.forEach((p, i) => {
    const indent = p.bullet ? HANG + 1 : 0;
    if (p.bullet) {
      w.ensure(lineHeight(size));
      w.style({ size, muted: p.muted });
      w.doc.text('•', x, w.y + size * PT * 0.82);
    }
    w.text(p.text, { size, bold: p.bold, muted: p.muted }, x + indent, width - indent, i === parts.length - 1 ? 1.8 : 0.4);
  });
}

/** Column widths: the model's shares of the text width, a narrow tick-box column, and room for every header word. */
const widthCache = new WeakMap<Block, { widths: number[]; needed: number[] }>();
const heightCache = new WeakMap<Block, number[]>();

function columnWidths(w: Writer, block: Extract<Block, { type: 'table' }>): { widths: number[]; needed: number[] } {
  const cached = widthCache.get(block);
  if (cached) return cached;
  const result = measureColumns(w, block);
  widthCache.set(block, result);
  return result;
}

function measureColumns(w: Writer, block: Extract<Block, { type: 'table' }>): { widths: number[]; needed: number[] } {
  const tick = block.tickBox ? 13 : 0;
  const rest = block.columns.slice(block.tickBox ? 1 : 0).reduce((sum, c) => sum + c.width, 0);
  const shares = block.columns.map((c, i) => (block.tickBox && i === 0 ? tick : ((TEXT_WIDTH - tick) * c.width) / rest));
  w.style({ size: SIZE.table, bold: true });
  const needed = block.columns.map((c) => Math.max(0, ...w.safe(c.header).split(/\s+/).map((word) => w.doc.getTextWidth(word))) + CELL_PADDING.left + CELL_PADDING.right + 0.4);
  return { widths: fitColumns(shares, needed), needed };
}

/** The lines of one body cell, wrapped to its column. */
function cellLines(w: Writer, parts: Part[], inner: number): Line[] {
  return parts.flatMap((p) => {
    const indent = p.bullet ? HANG : 0;
    return w.wrap(p.text, inner - indent, { size: SIZE.table, bold: p.bold }).map((text, i) => ({ text, bold: !!p.bold, muted: !!p.muted, indent, bullet: !!p.bullet && i === 0 }));
  });
}

/** The height of a table's header and first row: what must fit below a heading that introduces it. */
function tableStart(w: Writer, block: Extract<Block, { type: 'table' }>): number {
  // A short table (a third of a page or less) is kept whole.
  const whole = tableHeight(w, block);
  if (whole <= USABLE / 3) return whole;
  const { widths } = columnWidths(w, block);
  return headHeight(w, block) + rowHeights(w, block, widths).slice(0, 1).reduce((a, b) => a + b, 0);
}

function headHeight(w: Writer, block: Extract<Block, { type: 'table' }>): number {
  const { widths } = columnWidths(w, block);
  const inner = (i: number) => widths[i]! - CELL_PADDING.left - CELL_PADDING.right;
  if (!block.columns.some((c) => c.header !== '')) return 0;
  return Math.max(...block.columns.map((c, i) => w.wrap(c.header, inner(i), { size: SIZE.table, bold: true }).length)) * TABLE_LINE + CELL_PADDING.top + CELL_PADDING.bottom;
}

/** Each body row's height as autoTable will draw it (the cells hold the lines wrapped here). */
function rowHeights(w: Writer, block: Extract<Block, { type: 'table' }>, widths: readonly number[]): number[] {
  const cached = heightCache.get(block);
  if (cached) return cached;
  const pad = CELL_PADDING.top + CELL_PADDING.bottom;
  const heights = block.rows.map((row) => Math.max(block.fill ? FILL_ROW : 0, ...row.map((parts, i) => cellLines(w, parts, widths[i]! - CELL_PADDING.left - CELL_PADDING.right).length * TABLE_LINE + pad)));
  heightCache.set(block, heights);
  return heights;
}

function tableHeight(w: Writer, block: Extract<Block, { type: 'table' }>): number {
  return headHeight(w, block) + rowHeights(w, block, columnWidths(w, block).widths).reduce((a, b) => a + b, 0);
}

function drawTable(w: Writer, block: Extract<Block, { type: 'table' }>): void {
  const { doc } = w;
  const { widths, needed } = columnWidths(w, block);
  const padding = CELL_PADDING;
  const queues = new Map<string, Line[]>();
  const drawing = new WeakMap<object, Line[]>();
  const showHead = block.columns.some((c) => c.header !== '');
  const grid = block.fill ? 0.2 : 0;
  if (showHead) w.tables.push({ page: w.page(), headers: block.columns.map((c) => c.header), widths, needed });
  // A row that does not fit moves to the next page whole, unless that would leave this page less than a third full: then it is split.
  const heights = rowHeights(w, block, widths);
  w.ensure(tableStart(w, block));
  const breakBefore = (row: number, y: number): 'auto' | 'avoid' => (y + (heights[row] ?? 0) > w.bottom && y - PAGE.top < USABLE / 3 ? 'auto' : 'avoid');
  doc.setLineHeightFactor(1.2);
  autoTable(doc, {
    startY: w.y,
    margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
    head: showHead ? [block.columns.map((c) => w.safe(c.header))] : undefined,
    body: block.rows.map((row) => row.map(() => '')),
    showHead: 'everyPage',
    rowPageBreak: breakBefore(0, w.y + headHeight(w, block)),
    theme: 'plain',
    styles: { font: FONT, fontSize: SIZE.table, cellPadding: padding, textColor: [...COLOR.text], valign: 'top', overflow: 'linebreak', lineColor: [...COLOR.rule], lineWidth: { bottom: 0.2, top: 0, left: grid, right: grid } },
    bodyStyles: block.fill ? { minCellHeight: FILL_ROW } : {},
    headStyles: { fontStyle: 'bold', fillColor: [...COLOR.tint], textColor: [...COLOR.accent], lineWidth: { bottom: 0.4, top: 0, left: 0, right: 0 }, lineColor: [...COLOR.accent] },
    columnStyles: Object.fromEntries(widths.map((width, i) => [i, { cellWidth: width }])),
    didParseCell: (data: CellHookData) => {
      w.restyled();
      if (data.section !== 'body') return;
      const parts = block.rows[data.row.index]?.[data.column.index] ?? [];
      const lines = cellLines(w, parts, widths[data.column.index]! - padding.left - padding.right);
      queues.set(`${data.row.index}:${data.column.index}`, lines);
      // autoTable needs only the number of lines (for the row height and where a row splits): the lines are drawn in didDrawCell.
      data.cell.text = lines.map(() => '');
      doc.setFont(FONT, 'normal');
    },
    willDrawCell: (data: CellHookData) => {
      w.restyled();
      if (data.section !== 'body') return;
      const queue = queues.get(`${data.row.index}:${data.column.index}`) ?? [];
      drawing.set(data.cell, queue.splice(0, data.cell.text.length));
      data.cell.text = [];
    },
    didDrawCell: (data: CellHookData) => {
      w.restyled();
      const { cell } = data;
      w.touch(cell.y + cell.height, doc.getCurrentPageInfo().pageNumber);
      if (data.column.index === block.columns.length - 1) {
        const next = data.section === 'head' ? 0 : data.row.index + 1;
        (data.table.settings as { rowPageBreak: 'auto' | 'avoid' }).rowPageBreak = breakBefore(next, cell.y + cell.height);
      }
      if (data.section !== 'body') return;
      if (block.tickBox && data.column.index === 0 && !data.row.spansMultiplePages) {
        doc.setDrawColor(...COLOR.accent);
        doc.setLineWidth(0.3);
        doc.rect(cell.x + (cell.width - 3.6) / 2, cell.y + padding.top + 0.2, 3.6, 3.6);
      }
      const lines = drawing.get(cell) ?? [];
      const size = SIZE.table * PT;
      lines.forEach((line, i) => {
        w.style({ size: SIZE.table, bold: line.bold, muted: line.muted });
        const y = cell.y + padding.top + size * 0.85 + i * size * 1.2;
        if (line.bullet) doc.text('•', cell.x + padding.left, y);
        doc.text(line.text, cell.x + padding.left + line.indent, y);
      });
    },
  });
  doc.setLineHeightFactor(1.15);
  w.restyled();
  w.y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 3;
}

function drawFacts(w: Writer, rows: { label: string; value: string }[], fill = false): void {
  const labelWidth = 44;
  for (const row of rows) {
    if (fill && row.value.trim() === '') {
      // A line to write on, level with the label.
      const lh = lineHeight(SIZE.body);
      w.ensure(lh * 1.8);
      w.y += lh * 0.8;
      const label = w.wrap(row.label, labelWidth - 3, { size: SIZE.small, bold: true })[0] ?? '';
      w.style({ size: SIZE.small, bold: true, muted: true });
      w.doc.text(label, PAGE.left, w.y + SIZE.body * PT * 0.82);
      w.doc.setDrawColor(...COLOR.write);
      w.doc.setLineWidth(0.15);
      w.doc.line(PAGE.left + labelWidth, w.y + lh, PAGE.left + TEXT_WIDTH, w.y + lh);
      w.y += lh;
      w.touch();
      w.y += 1.2;
      continue;
    }
    const label = w.wrap(row.label, labelWidth - 3, { size: SIZE.small, bold: true, muted: true });
    const value = w.wrap(row.value, TEXT_WIDTH - labelWidth, {});
    const lh = lineHeight(SIZE.body);
    w.ensure(Math.min(Math.max(label.length, value.length), 3) * lh);
    const top = w.y;
    w.style({ size: SIZE.small, bold: true, muted: true });
    label.forEach((l, i) => w.doc.text(l, PAGE.left, top + i * lh + SIZE.body * PT * 0.82));
    for (const line of value) {
      w.ensure(lh);
      w.style({});
      w.doc.text(line, PAGE.left + labelWidth, w.y + SIZE.body * PT * 0.82);
      w.y += lh;
      w.touch();
    }
    if (w.y < top + label.length * lh) w.y = top + label.length * lh;
    w.y += 1.2;
  }
  w.y += 1.5;
}

function drawOutcome(w: Writer, block: Extract<Block, { type: 'outcome' }>): void {
  const inner = TEXT_WIDTH - 12;
  const title = w.wrap(block.title, inner, { size: SIZE.outcome, bold: true });
  const summary = w.wrap(block.summary, inner, {});
  const flags = block.flags.flatMap((f) => w.wrap(f, inner, { bold: true }));
  const height = 6 + 5 + title.length * lineHeight(SIZE.outcome, 1.2) + 2 + summary.length * lineHeight(SIZE.body) + flags.length * lineHeight(SIZE.body) + 5;
  w.ensure(height);
  const top = w.y;
  w.doc.setFillColor(...COLOR.tint);
  w.doc.rect(PAGE.left, top, TEXT_WIDTH, height, 'F');
  w.doc.setFillColor(...(TIER_COLOR[block.tier] ?? COLOR.accent));
  w.doc.rect(PAGE.left, top, 3, height, 'F');
  w.y = top + 5;
  w.text(block.label.toUpperCase(), { size: SIZE.small, bold: true, muted: true }, PAGE.left + 8, inner, 1);
  w.text(block.title, { size: SIZE.outcome, bold: true, color: TIER_COLOR[block.tier] }, PAGE.left + 8, inner, 2);
  w.text(block.summary, {}, PAGE.left + 8, inner, 0.5);
  for (const f of block.flags) w.text(f, { bold: true }, PAGE.left + 8, inner, 0.5);
  w.y = top + height;
  w.touch();
  w.y += 6;
}

function drawList(w: Writer, items: Part[][], marker: 'bullet' | 'box'): void {
  for (const parts of items) {
    w.ensure(lineHeight(SIZE.body) * 2);
    const top = w.y;
    if (marker === 'bullet') {
      w.style({ color: COLOR.accent, bold: true });
      w.doc.text('•', PAGE.left + 1, top + SIZE.body * PT * 0.82);
    } else {
      w.doc.setDrawColor(...COLOR.accent);
      w.doc.setLineWidth(0.3);
      w.doc.rect(PAGE.left + 0.5, top + 0.4, 3.4, 3.4);
    }
    drawParts(w, parts, PAGE.left + 6, TEXT_WIDTH - 6);
  }
  w.y += 1.5;
}

function drawWriteIn(w: Writer, block: Extract<Block, { type: 'write-in' }>): void {
  const lh = lineHeight(SIZE.body);
  w.ensure(lh * 2 + (block.value ? lh : block.lines * 7.5));
  w.text(block.label, { bold: true }, PAGE.left, TEXT_WIDTH, 1);
  if (block.value) {
    // The answer, with an accent bar beside every line, on whichever page it lands.
    for (const line of w.wrap(block.value, TEXT_WIDTH - 4, {})) {
      w.ensure(lh);
      w.doc.setDrawColor(...COLOR.accent);
      w.doc.setLineWidth(0.5);
      w.doc.line(PAGE.left + 1, w.y, PAGE.left + 1, w.y + lh);
      w.style({});
      w.doc.text(line, PAGE.left + 4, w.y + SIZE.body * PT * 0.82);
      w.y += lh;
      w.touch();
    }
    w.y += 0.8;
    if (block.note) w.text(block.note, { size: SIZE.small, muted: true }, PAGE.left + 4, TEXT_WIDTH - 4, 3);
    return;
  }
  for (let i = 0; i < block.lines; i++) {
    w.ensure(7.5);
    w.y += 7.5;
    w.doc.setDrawColor(...COLOR.write);
    w.doc.setLineWidth(0.15);
    w.doc.line(PAGE.left, w.y, PAGE.left + TEXT_WIDTH, w.y);
    w.touch();
  }
  w.y += 4;
}

const kindOf = (block: Block): BlockKind => (block.type === 'paragraph' && block.cite ? 'cite' : block.type);

function paragraphHeight(w: Writer, block: Extract<Block, { type: 'paragraph' }>): number {
  const size = block.small ? SIZE.small : SIZE.body;
  return w.wrap(block.text, TEXT_WIDTH, { bold: block.bold, size }).length * lineHeight(size) + 1.8;
}

function outcomeHeight(w: Writer, block: Extract<Block, { type: 'outcome' }>): number {
  const inner = TEXT_WIDTH - 12;
  const title = w.wrap(block.title, inner, { size: SIZE.outcome, bold: true });
  const summary = w.wrap(block.summary, inner, {});
  const flags = block.flags.flatMap((f) => w.wrap(f, inner, { bold: true }));
  return 6 + 5 + title.length * lineHeight(SIZE.outcome, 1.2) + 2 + summary.length * lineHeight(SIZE.body) + flags.length * lineHeight(SIZE.body) + 5;
}

const SUBHEADING = 2.5 + lineHeight(SIZE.h2) + 1.5;

/** The least of a block that must fit on a page for it to start there: what a heading before it keeps with. */
function startHeight(w: Writer, blocks: readonly Block[]): number {
  const [block, next] = blocks;
  const lh = lineHeight(SIZE.body);
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph': {
      if (!block.keepWithNext) return Math.min(paragraphHeight(w, block), lh * 2 + 1.8);
      const whole = keepGroupHeight(w, blocks);
      return whole <= USABLE ? whole : lh * 2;
    }
    case 'subheading':
      return SUBHEADING + startHeight(w, blocks.slice(1));
    case 'table':
      return tableStart(w, block);
    case 'facts': {
      const row = block.rows[0];
      if (!row) return 0;
      return Math.min(3, Math.max(1, w.wrap(row.value || ' ', TEXT_WIDTH - 44, {}).length)) * lh + 1.2;
    }
    case 'write-in':
      return lh * 2 + (block.value ? lh : block.lines * 7.5);
    case 'outcome':
      return outcomeHeight(w, block);
    case 'contents':
      return 4 + SUBHEADING + lineHeight(SIZE.body, 1.5) * 2;
    case 'title':
      return 0;
    case 'path': {
      const first = block.nodes[0];
      return lineHeight(SIZE.small) + 1.5 + (first ? pathLines(w, first).length * PATH.line + 2 * PATH.pad : 0);
    }
    default:
      return lh * 2 + (next ? 0 : 0);
  }
}

/** A run of paragraphs marked keepWithNext and the block they keep with, measured whole. */
function keepGroupHeight(w: Writer, blocks: readonly Block[]): number {
  let height = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.type !== 'paragraph') return height + startHeight(w, blocks.slice(i));
    height += paragraphHeight(w, b);
    if (!b.keepWithNext) return height;
  }
  return height;
}

function drawBlock(w: Writer, blocks: readonly Block[], i: number): void {
  const block = blocks[i]!;
  const rest = blocks.slice(i + 1);
  w.kind = kindOf(block);
  switch (block.type) {
    case 'title':
      w.y = PAGE.top + 6;
      w.text(block.kicker.toUpperCase(), { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 3);
      w.text(safeLine(block.text), { size: SIZE.title, bold: true }, PAGE.left, TEXT_WIDTH, 4);
      w.rule(COLOR.accent, 0.6);
      w.y += 7;
      return;
    case 'outcome':
      return drawOutcome(w, block);
    case 'paragraph': {
      const previous = blocks[i - 1];
      // The first of a run kept together moves to the next page whole when the run fits on one.
      if (block.keepWithNext && !(previous?.type === 'paragraph' && previous.keepWithNext)) {
        const whole = keepGroupHeight(w, blocks.slice(i));
        if (whole <= USABLE) w.ensure(whole);
      }
      const next = rest[0];
      const tail = block.keepWithNext && next ? (next.type === 'paragraph' ? Math.min(paragraphHeight(w, next), lineHeight(SIZE.body) * 2) : startHeight(w, rest)) : 0;
      return w.text(block.text, { bold: block.bold, muted: block.muted, size: block.small ? SIZE.small : SIZE.body }, PAGE.left, TEXT_WIDTH, 1.8, tail);
    }
    case 'subheading':
      w.ensure(SUBHEADING + Math.max(startHeight(w, rest), lineHeight(SIZE.body) * 2));
      w.y += 2.5;
      return w.text(block.text, { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1.5);
    case 'bullets':
      return drawList(w, block.items, 'bullet');
    case 'checklist':
      return drawList(w, block.items, 'box');
    case 'facts':
      return drawFacts(w, block.rows, block.fill);
    case 'table':
      return drawTable(w, block);
    case 'write-in':
      return drawWriteIn(w, block);
    case 'qa':
      w.ensure(lineHeight(SIZE.body) * 2);
      w.text(block.question, { bold: true, size: SIZE.table }, PAGE.left, TEXT_WIDTH, 0.6);
      for (const a of block.answer) w.text(a, { muted: block.muted }, PAGE.left + 4, TEXT_WIDTH - 4, 0.6);
      w.y += 2;
      return;
    case 'path':
      return drawPath(w, block);
    case 'contents': {
      // The whole list of contents on one page, on this one if it fits.
      const lh = lineHeight(SIZE.body, 1.5);
      w.ensure(4 + SUBHEADING + lh * w.sectionCount);
      w.y += 4;
      w.text(block.heading, { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1.5);
      w.contents = { page: w.page(), y: w.y };
      w.y += lh * w.sectionCount;
      w.touch();
      return;
    }
  }
}

const PATH = { x: PAGE.left + 12, width: TEXT_WIDTH - 12, pad: 2, gap: 2.5, line: lineHeight(SIZE.table, 1.25) };

/** The lines of one question box of the decision path: question, answer, and where the outcome was decided. */
function pathLines(w: Writer, node: Extract<Block, { type: 'path' }>['nodes'][number]): { text: string; bold: boolean; accent: boolean }[] {
  const inner = PATH.width - 2 * PATH.pad;
  return [
    ...w.wrap(node.text, inner - 7, { size: SIZE.table }).map((text) => ({ text, bold: false, accent: false })),
    ...(node.answer ? w.wrap(node.answer, inner - 7, { size: SIZE.table, bold: true }).map((text) => ({ text, bold: true, accent: false })) : []),
    ...(node.mark ? w.wrap(`${node.mark.kind === 'stopped' ? '■' : '◆'} ${node.mark.text}`, inner - 7, { size: SIZE.table, bold: true }).map((text) => ({ text, bold: true, accent: true })) : []),
  ];
}

/** The decision path as in the training diagram: one box per question asked, a line down the route taken, the number in a circle. */
function drawPath(w: Writer, block: Extract<Block, { type: 'path' }>): void {
  const { doc } = w;
  w.text(block.caption, { size: SIZE.small, muted: true }, PAGE.left, TEXT_WIDTH, 1.5);
  const spine = PAGE.left + 5;
  block.nodes.forEach((node, i) => {
    const lines = pathLines(w, node);
    const height = lines.length * PATH.line + 2 * PATH.pad;
    w.ensure(height + PATH.gap);
    const top = w.y;
    // The route line joins this box to the next one on the same page.
    const next = block.nodes[i + 1];
    if (next) {
      doc.setDrawColor(...COLOR.accent);
      doc.setLineWidth(0.6);
      doc.line(spine, top + 3, spine, Math.min(top + height + PATH.gap + 3, w.bottom));
    }
    doc.setFillColor(...COLOR.accent);
    doc.circle(spine, top + 3, 2.6, 'F');
    w.style({ size: SIZE.tiny, bold: true, color: [255, 255, 255] });
    doc.text(String(node.number), spine, top + 3 + SIZE.tiny * PT * 0.35, { align: 'center' });
    const edge: readonly [number, number, number] = node.mark ? COLOR.accent : COLOR.rule;
    const fill: readonly [number, number, number] = node.mark ? COLOR.tint : [255, 255, 255];
    doc.setDrawColor(...edge);
    doc.setLineWidth(node.mark ? 0.6 : 0.3);
    doc.setFillColor(...fill);
    doc.rect(PATH.x, top, PATH.width, height, 'FD');
    lines.forEach((line, j) => {
      w.style({ size: SIZE.table, bold: line.bold, color: line.accent ? COLOR.accent : undefined });
      doc.text(line.text, PATH.x + PATH.pad + 1, top + PATH.pad + j * PATH.line + SIZE.table * PT * 0.85);
    });
    w.y = top + height;
    w.touch();
    w.y += PATH.gap;
  });
  w.y += 2;
}

function drawNotice(w: Writer, text: string): void {
  w.kind = 'notice';
  const inner = TEXT_WIDTH - 8;
  const lines = w.wrap(text, inner, { size: SIZE.small, bold: true });
  const height = lines.length * lineHeight(SIZE.small) + 5;
  w.ensure(height);
  w.doc.setDrawColor(...COLOR.accent);
  w.doc.setLineWidth(0.4);
  w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, height);
  const top = w.y;
  w.y += 2.5;
  w.text(text, { size: SIZE.small, bold: true }, PAGE.left + 4, inner, 0);
  w.y = top + height + 5;
  w.touch();
}

function drawSection(w: Writer, section: ReportSection, index: number, notice: string | null): void {
  if (index > 0) {
    w.kind = 'heading';
    const heading = lineHeight(SIZE.h1) + 1 + 4 + 6;
    // A new page where the section asks for one, unless that would leave this page less than a third full.
    if ((section.newPage || index === 1) && w.used >= USABLE / 3) w.newPage();
    else w.ensure(heading + Math.max(startHeight(w, section.blocks), lineHeight(SIZE.body) * 2));
    if (w.y > PAGE.top) w.y += 6;
    w.starts.push({ title: section.title, page: w.page() });
    w.text(section.title, { size: SIZE.h1, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1);
    w.rule();
    w.y += 4;
  }
  section.blocks.forEach((block, i) => {
    drawBlock(w, section.blocks, i);
    if (index === 0 && block.type === 'title' && notice) drawNotice(w, notice);
  });
}

function drawContents(w: Writer): void {
  if (!w.contents) return;
  const { doc } = w;
  doc.setPage(w.contents.page);
  let y = w.contents.y;
  const lh = lineHeight(SIZE.body, 1.5);
  for (const entry of w.starts) {
    if (y + lh > w.bottom) break;
    w.style({});
    const number = String(entry.page);
    const right = PAGE.left + TEXT_WIDTH;
    doc.text(number, right, y + SIZE.body * PT * 0.82, { align: 'right' });
    const title = fitText(w.safe(safeLine(entry.title)), (s) => doc.getTextWidth(s) < TEXT_WIDTH - 20);
    doc.text(title, PAGE.left, y + SIZE.body * PT * 0.82);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineDashPattern([0.4, 1], 0);
    doc.line(PAGE.left + doc.getTextWidth(title) + 2, y + 3, right - doc.getTextWidth(number) - 2, y + 3);
    doc.setLineDashPattern([], 0);
    y += lh;
  }
}

function drawFooters(w: Writer, model: ReportModel): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const y = PAGE.height - 15;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.2);
    doc.line(PAGE.left, y, PAGE.left + TEXT_WIDTH, y);
    w.style({ size: SIZE.footer, muted: true });
    const pageText = w.safe(model.footer.page.replace('{page}', String(page)).replace('{pages}', String(pages)));
    doc.text(pageText, PAGE.left + TEXT_WIDTH, y + 4, { align: 'right' });
    const room = TEXT_WIDTH - doc.getTextWidth(pageText) - 6;
    doc.text(fitText(w.safe(safeLine(model.footer.left)), (s) => doc.getTextWidth(s) < room), PAGE.left, y + 4);
    w.style({ size: SIZE.tiny, muted: true });
    doc.text(fitText(w.safe(safeLine(model.footer.fingerprint)), (s) => doc.getTextWidth(s) < TEXT_WIDTH), PAGE.left, y + 7.5);
  }
}

/** Parses the fonts ahead of the first report (see download-pdf.ts, prefetchPdf). */
export const prepareFonts = (fonts: ReportFonts): void => parseReportFonts(fonts);

/** The report as PDF bytes. */
export async function renderPdf(model: ReportModel, fonts: ReportFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  return (await renderPdfWithLayout(model, fonts, options)).bytes;
}

/** A glyph test from the embedded fonts' own character maps: a character counts only if both weights have it. */
function glyphTest(doc: jsPDF): HasGlyph {
  type Font = { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } };
  const internal = doc.internal as unknown as { getFont: (name: string, style: string) => Font };
  const maps = ['normal', 'bold'].map((style) => internal.getFont(FONT, style).metadata?.cmap?.unicode?.codeMap);
  if (maps.some((m) => !m)) return (cp) => safeText(String.fromCodePoint(cp)) !== `[${codeOf(cp)}]`;
  const [regular, bold] = maps as Record<number, number>[];
  let known = glyphTests.get(regular!);
  if (!known) {
    // One flag per code point, as looking a number up in the font's map is slow and every character drawn is checked.
    const both = Object.keys(regular!).map(Number).filter((cp) => bold![cp] !== undefined);
    const flags = new Uint8Array(Math.max(0, ...both) + 1);
    for (const cp of both) flags[cp] = 1;
    known = (cp) => flags[cp] === 1;
    glyphTests.set(regular!, known);
  }
  return known;
}

/** The glyph test of each pair of parsed fonts (the character maps are shared by every document). */
const glyphTests = new WeakMap<object, HasGlyph>();

/** At most this many codes are listed in the notice about unprintable characters. */
const MAX_CODES = 24;

/** The report as PDF bytes and the record of its layout (see pdf-layout.ts). */
export async function renderPdfWithLayout(model: ReportModel, fonts: ReportFonts, options: RenderOptions = {}): Promise<{ bytes: Uint8Array; layout: PdfLayout }> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  if (options.asJsPdfDoes) addReportFontsAsJsPdfDoes(doc, fonts, FONT);
  else addReportFonts(doc, fonts, FONT);
  const has = glyphTest(doc);
  const { created, ...properties } = model.meta;
  doc.setDocumentProperties(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, safeText(safeLine(v), has)])));
  // Viewers show the title, not the file name, in their title bar (PDF/UA asks for this).
  doc.viewerPreferences({ DisplayDocTitle: true });
  const date = new Date(created);
  if (!Number.isNaN(date.getTime())) doc.setCreationDate(date);
  // The same report for the same answers gives the same file.
  if (/^[0-9a-f]{32}/.test(model.meta.keywords)) doc.setFileId(model.meta.keywords.slice(0, 32).toUpperCase());
  doc.setLanguage(model.locale as Parameters<jsPDF['setLanguage']>[0]);
  const missing = missingGlyphs(stringsIn([model.sections, model.footer]), has).map(codeOf);
  const listed = missing.length > MAX_CODES ? [...missing.slice(0, MAX_CODES), '…'] : missing;
  const notice = missing.length > 0 ? model.notices.unprintable.replace('{chars}', listed.join(', ')) : null;
  const draw = () => {
    const w = new Writer(doc, has);
    w.sectionCount = model.sections.length - 1;
    model.sections.forEach((section, i) => drawSection(w, section, i, notice));
    drawContents(w);
    drawFooters(w, model);
    const pages = Array.from({ length: doc.getNumberOfPages() }, (_, i) => w.pages.get(i + 1) ?? { page: i + 1, used: 0, first: null, last: null });
    return { bytes: new Uint8Array(doc.output('arraybuffer')), layout: { usable: USABLE, pages, tables: w.tables, unprintable: missing } };
  };
  const level = options.deflate ?? REPORT_DEFLATE;
  if (options.asJsPdfDoes) return withDeflate(level, draw);
  measureOnce(doc);
  escapeOnce(doc);
  fontListOnce(doc);
  return withoutShaping(doc, () => withDeflate(level, draw));
}

/** jspdf-autotable asks for the font list at every cell it styles; every font is added by now, so the list is made once. */
function fontListOnce(doc: jsPDF): void {
  const list = doc.getFontList();
  doc.getFontList = () => list;
}
