/**
 * renderPdf(model, fonts): draws a ReportModel as an A4 PDF with jsPDF. The only
 * module that imports jsPDF; the browser loads it on first export (see
 * download-pdf.ts), Node through pdf-node.ts. Text flows over pages with page
 * breaks between lines, tables repeat their header row on every page, and every
 * page gets "Page x of y" and the answers' fingerprint in its footer.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import type { Block, Part, ReportModel, ReportSection } from './report-model.ts';
import { COLOR, FONT, lineHeight, PAGE, PT, SIZE, TEXT_WIDTH, TIER_COLOR } from './pdf-style.ts';
import { addReportFonts, addReportFontsAsJsPdfDoes, type FontFiles, withoutShaping } from './pdf-fonts.ts';
import { fitText, safeLine, safeText } from './pdf-text.ts';

export type ReportFonts = FontFiles;

export interface RenderOptions {
  /** jsPDF as it comes (fonts decoded and parsed for this document, every text plugin): for the test that the set-up changes no byte. */
  asJsPdfDoes?: boolean;
}

type Style = { size?: number; bold?: boolean; muted?: boolean; color?: readonly [number, number, number] };
type Line = { text: string; bold: boolean; muted: boolean; indent: number; bullet: boolean };

const HANG = 3;

class Writer {
  y: number = PAGE.top;
  readonly starts: { title: string; page: number }[] = [];
  contents: { page: number; y: number } | null = null;

  constructor(readonly doc: jsPDF) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Moves to a new page unless `height` more millimetres fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  style({ size = SIZE.body, bold = false, muted = false, color }: Style): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(color ?? (muted ? COLOR.muted : COLOR.text)));
  }

  wrap(text: string, width: number, style: Style): string[] {
    this.style(style);
    return this.doc.splitTextToSize(safeText(text), width) as string[];
  }

  /** Writes wrapped text line by line, breaking pages between lines. */
  text(text: string, style: Style = {}, x: number = PAGE.left, width: number = TEXT_WIDTH, after = 1.8): void {
    const size = style.size ?? SIZE.body;
    const lh = lineHeight(size);
    for (const line of this.wrap(text, width, style)) {
      this.ensure(lh);
      this.style(style);
      this.doc.text(line, x, this.y + size * PT * 0.82);
      this.y += lh;
    }
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

function drawTable(w: Writer, block: Extract<Block, { type: 'table' }>): void {
  const { doc } = w;
  const tick = block.tickBox ? 13 : 0;
  const rest = block.columns.slice(block.tickBox ? 1 : 0).reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c, i) => (block.tickBox && i === 0 ? tick : ((TEXT_WIDTH - tick) * c.width) / rest));
  const padding = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 };
  const queues = new Map<string, Line[]>();
  const drawing = new WeakMap<object, Line[]>();
  const showHead = block.columns.some((c) => c.header !== '');
  doc.setLineHeightFactor(1.2);
  autoTable(doc, {
    startY: w.y,
    margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
    head: showHead ? [block.columns.map((c) => safeText(c.header))] : undefined,
    body: block.rows.map((row) => row.map(() => '')),
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    theme: 'plain',
    styles: { font: FONT, fontSize: SIZE.table, cellPadding: padding, textColor: [...COLOR.text], valign: 'top', overflow: 'linebreak', lineColor: [...COLOR.rule], lineWidth: { bottom: 0.2, top: 0, left: 0, right: 0 } },
    headStyles: { fontStyle: 'bold', fillColor: [...COLOR.tint], textColor: [...COLOR.accent], lineWidth: { bottom: 0.4, top: 0, left: 0, right: 0 }, lineColor: [...COLOR.accent] },
    columnStyles: Object.fromEntries(widths.map((width, i) => [i, { cellWidth: width }])),
    didParseCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const parts = block.rows[data.row.index]?.[data.column.index] ?? [];
      const inner = widths[data.column.index]! - padding.left - padding.right;
      const lines = parts.flatMap((p) => {
        const indent = p.bullet ? HANG : 0;
        return w.wrap(p.text, inner - indent, { size: SIZE.table, bold: p.bold }).map((text, i) => ({ text, bold: !!p.bold, muted: !!p.muted, indent, bullet: !!p.bullet && i === 0 }));
      });
      queues.set(`${data.row.index}:${data.column.index}`, lines);
      data.cell.text = lines.map((l) => l.text);
      doc.setFont(FONT, 'normal');
    },
    willDrawCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const queue = queues.get(`${data.row.index}:${data.column.index}`) ?? [];
      drawing.set(data.cell, queue.splice(0, data.cell.text.length));
      data.cell.text = [];
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const { cell } = data;
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
  w.y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 3;
}

function drawFacts(w: Writer, rows: { label: string; value: string }[]): void {
  const labelWidth = 44;
  for (const row of rows) {
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
  w.y = top + height + 6;
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
  }
  w.y += 4;
}

function drawBlock(w: Writer, block: Block): void {
  switch (block.type) {
    case 'title':
      w.y = PAGE.top + 18;
      w.text(block.kicker.toUpperCase(), { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 3);
      w.text(safeLine(block.text), { size: SIZE.title, bold: true }, PAGE.left, TEXT_WIDTH, 4);
      w.rule(COLOR.accent, 0.6);
      w.y += 7;
      return;
    case 'outcome':
      return drawOutcome(w, block);
    case 'paragraph':
      return w.text(block.text, { bold: block.bold, muted: block.muted, size: block.small ? SIZE.small : SIZE.body });
    case 'subheading':
      w.ensure(lineHeight(SIZE.h2) + lineHeight(SIZE.body) * 4);
      w.y += 2.5;
      return w.text(block.text, { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1.5);
    case 'bullets':
      return drawList(w, block.items, 'bullet');
    case 'checklist':
      return drawList(w, block.items, 'box');
    case 'facts':
      return drawFacts(w, block.rows);
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
    case 'contents':
      w.y += 4;
      w.text(block.heading, { size: SIZE.h2, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1.5);
      w.contents = { page: w.page(), y: w.y };
      return;
  }
}

function drawSection(w: Writer, section: ReportSection, index: number): void {
  if (index > 0) {
    if (section.newPage || index === 1) w.newPage();
    else w.ensure(lineHeight(SIZE.h1) + lineHeight(SIZE.body) * 6);
    if (w.y > PAGE.top) w.y += 6;
    w.starts.push({ title: section.title, page: w.page() });
    w.text(section.title, { size: SIZE.h1, bold: true, color: COLOR.accent }, PAGE.left, TEXT_WIDTH, 1);
    w.rule();
    w.y += 4;
  }
  for (const block of section.blocks) drawBlock(w, block);
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
    const title = fitText(safeLine(entry.title), (s) => doc.getTextWidth(s) < TEXT_WIDTH - 20);
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
    const pageText = safeText(model.footer.page.replace('{page}', String(page)).replace('{pages}', String(pages)));
    doc.text(pageText, PAGE.left + TEXT_WIDTH, y + 4, { align: 'right' });
    const room = TEXT_WIDTH - doc.getTextWidth(pageText) - 6;
    doc.text(fitText(safeLine(model.footer.left), (s) => doc.getTextWidth(s) < room), PAGE.left, y + 4);
    w.style({ size: SIZE.tiny, muted: true });
    doc.text(fitText(safeLine(model.footer.fingerprint), (s) => doc.getTextWidth(s) < TEXT_WIDTH), PAGE.left, y + 7.5);
  }
}

export async function renderPdf(model: ReportModel, fonts: ReportFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  if (options.asJsPdfDoes) addReportFontsAsJsPdfDoes(doc, fonts, FONT);
  else addReportFonts(doc, fonts, FONT);
  const { created, ...properties } = model.meta;
  doc.setProperties(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, safeLine(v)])));
  const date = new Date(created);
  if (!Number.isNaN(date.getTime())) doc.setCreationDate(date);
  // The same report for the same answers gives the same file.
  if (/^[0-9a-f]{32}/.test(model.meta.keywords)) doc.setFileId(model.meta.keywords.slice(0, 32).toUpperCase());
  doc.setLanguage(model.locale as Parameters<jsPDF['setLanguage']>[0]);
  const draw = () => {
    const w = new Writer(doc);
    model.sections.forEach((section, i) => drawSection(w, section, i));
    drawContents(w);
    drawFooters(w, model);
    return new Uint8Array(doc.output('arraybuffer'));
  };
  return options.asJsPdfDoes ? draw() : withoutShaping(doc, draw);
}
