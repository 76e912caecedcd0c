/**
 * renderDocx(model): the report as a Word document, from the same ReportModel
 * as the PDF and the HTML. Real headings (Title, Heading1, Heading2 styles),
 * real tables whose header row is marked as one (repeated on every page), the
 * document's language and title set, headings kept with what follows and table
 * rows never split. The only module that imports `docx`; the browser loads it
 * on demand (lazy-formats.ts), so it is never part of the start page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Block, Part, ReportModel, ReportSection } from './report-model.ts';
import { COLOR, TIER_COLOR } from './pdf-style.ts';

const hex = (c: readonly [number, number, number]) => c.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
const FONT = 'Arial';
/** Half-points. */
const SIZE = { body: 20, table: 18, small: 16, h1: 30, h2: 23, title: 40 } as const;
const BULLETS = 'report-bullets';
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(COLOR.rule) };
const WRITE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(COLOR.write) };

/** Word's language tags name a region: "sv" → "sv-SE". */
function languageTag(locale: string): string {
  if (locale.includes('-')) return locale;
  return { en: 'en-GB', sv: 'sv-SE', de: 'de-DE' }[locale] ?? locale;
}

/** One text with its line breaks kept as breaks. */
function runs(text: string, style: { bold?: boolean; muted?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: style.bold, size: style.size, color: style.color ?? (style.muted ? hex(COLOR.muted) : undefined) }),
  );
}

function partParagraphs(parts: readonly Part[], size: number = SIZE.body): Paragraph[] {
  return parts.map(
    (p) =>
      new Paragraph({
        children: runs(p.text, { bold: p.bold, muted: p.muted, size }),
        spacing: { after: 40 },
        ...(p.bullet ? { numbering: { reference: BULLETS, level: 0 } } : {}),
      }),
  );
}

function cell(children: Paragraph[], width: number, options: { header?: boolean; fill?: boolean } = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    width: { size: Math.round(width * 100), type: WidthType.PERCENTAGE },
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    borders: options.fill ? { top: RULE, bottom: RULE, left: RULE, right: RULE } : { top: NONE, left: NONE, right: NONE, bottom: options.header ? { style: BorderStyle.SINGLE, size: 8, color: hex(COLOR.accent) } : RULE },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLOR.tint) } } : {}),
  });
}

function table(block: Extract<Block, { type: 'table' }>): Table {
  const head = block.columns.some((c) => c.header !== '');
  const rows: TableRow[] = [];
  if (head) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c) => cell([new Paragraph({ children: runs(c.header, { bold: true, size: SIZE.table, color: hex(COLOR.accent) }), keepNext: true })], c.width, { header: true })),
      }),
    );
  }
  for (const row of block.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        ...(block.fill ? { height: { value: 560, rule: 'atLeast' as const } } : {}),
        children: row.map((parts, i) => cell(partParagraphs(parts, SIZE.table), block.columns[i]?.width ?? 0.1, { fill: block.fill })),
      }),
    );
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function facts(block: Extract<Block, { type: 'facts' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.rows.map((r) => {
      const blank = block.fill && r.value.trim() === '';
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: 28, type: WidthType.PERCENTAGE }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [new Paragraph({ children: runs(r.label, { bold: true, muted: true, size: SIZE.small }) })] }),
          new TableCell({
            width: { size: 72, type: WidthType.PERCENTAGE },
            borders: { top: NONE, left: NONE, right: NONE, bottom: blank ? WRITE : NONE },
            children: [new Paragraph({ children: runs(r.value), spacing: blank ? { before: 200 } : {} })],
          }),
        ],
      });
    }),
  });
}

function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 80 } });
}

function blockContent(block: Block, model: ReportModel, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ children: runs(block.kicker.toUpperCase(), { bold: true, color: hex(COLOR.accent), size: SIZE.h2 }) }), new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) })];
    case 'outcome': {
      const color = hex(TIER_COLOR[block.tier] ?? COLOR.accent);
      const box = { left: { style: BorderStyle.SINGLE, size: 36, color, space: 8 } };
      const shading = { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLOR.tint) };
      return [
        new Paragraph({ heading, children: runs(block.label), keepNext: true }),
        new Paragraph({ border: box, shading, keepNext: true, children: runs(block.title, { bold: true, size: SIZE.h1, color }) }),
        new Paragraph({ border: box, shading, keepNext: block.flags.length > 0, children: runs(block.summary) }),
        ...block.flags.map((f, i) => new Paragraph({ border: box, shading, keepNext: i < block.flags.length - 1, children: runs(f, { bold: true }) })),
      ];
    }
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text, { bold: block.bold, muted: block.muted || block.cite, size: block.small ? SIZE.small : SIZE.body }), keepNext: block.keepWithNext, spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ heading, children: runs(block.text), keepNext: true })];
    case 'bullets':
      return block.items.flatMap((parts) => partParagraphs(parts.map((p, i) => (i === 0 ? { ...p, bullet: true } : p))));
    case 'checklist':
      return block.items.flatMap((parts) => partParagraphs(parts.map((p, i) => (i === 0 ? { ...p, text: `☐ ${p.text}` } : p))));
    case 'facts':
      return [facts(block), spacer()];
    case 'table':
      return [table(block), spacer()];
    case 'write-in': {
      const label = new Paragraph({ children: runs(block.label, { bold: true }), keepNext: true, spacing: { before: 160 } });
      if (block.value) {
        const bar = { left: { style: BorderStyle.SINGLE, size: 12, color: hex(COLOR.accent), space: 6 } };
        return [label, new Paragraph({ border: bar, children: runs(block.value) }), ...(block.note ? [new Paragraph({ children: runs(block.note, { muted: true, size: SIZE.small }) })] : [])];
      }
      return [label, ...Array.from({ length: block.lines }, () => new Paragraph({ children: [], border: { bottom: WRITE }, spacing: { before: 280 } }))];
    }
    case 'qa':
      return [
        new Paragraph({ children: runs(block.question, { bold: true, size: SIZE.table }), keepNext: true, spacing: { before: 120 } }),
        ...block.answer.map((a) => new Paragraph({ children: runs(a, { muted: block.muted }), indent: { left: 240 } })),
      ];
    case 'path':
      return [
        new Paragraph({ children: runs(block.caption, { muted: true, size: SIZE.small }), keepNext: true }),
        ...block.nodes.flatMap((n) => [
          new Paragraph({ children: [new TextRun({ text: `${n.number}. `, bold: true, color: hex(COLOR.accent) }), ...runs(n.text)], border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(COLOR.accent), space: 6 } }, keepNext: true, spacing: { before: 80, after: 0 } }),
          ...(n.answer ? [new Paragraph({ children: runs(n.answer, { bold: true }), border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(COLOR.accent), space: 6 } }, keepNext: !!n.mark })] : []),
          ...(n.mark ? [new Paragraph({ children: runs(n.mark.text, { bold: true, color: hex(COLOR.accent) }), border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(COLOR.accent), space: 6 } } })] : []),
        ]),
      ];
    case 'contents':
      return [new Paragraph({ heading, children: runs(block.heading), keepNext: true }), ...model.sections.slice(1).map((s) => new Paragraph({ children: runs(s.title), spacing: { after: 40 } }))];
  }
}

function sectionContent(section: ReportSection, index: number, model: ReportModel): (Paragraph | Table)[] {
  if (index === 0) return section.blocks.flatMap((b) => blockContent(b, model, HeadingLevel.HEADING_1));
  const title = new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.title), keepNext: true, pageBreakBefore: index === 1 || !!section.newPage });
  return [title, ...section.blocks.flatMap((b) => blockContent(b, model, HeadingLevel.HEADING_2))];
}

function footer(model: ReportModel): Footer {
  const [before, between, after] = model.footer.page.split(/\{page\}|\{pages\}/);
  const muted = { size: SIZE.small, color: hex(COLOR.muted) };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: RULE },
        children: [
          new TextRun({ text: `${model.footer.left}\t`, ...muted }),
          new TextRun({ children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''], ...muted }),
        ],
        tabStops: [{ type: 'right', position: 9638 }],
      }),
      new Paragraph({ children: [new TextRun({ text: model.footer.fingerprint, size: 13, color: hex(COLOR.muted) })] }),
    ],
  });
}

/** The Word document, ready to save. */
export function reportDocument(model: ReportModel): Document {
  const heading = (size: number, before: number) => ({ run: { font: FONT, size, bold: true, color: hex(COLOR.accent) }, paragraph: { spacing: { before, after: 120 }, keepNext: true } });
  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author || model.meta.creator,
    keywords: model.meta.keywords,
    description: model.meta.subject,
    lastModifiedBy: model.meta.creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, color: hex(COLOR.text), language: { value: languageTag(model.locale) } }, paragraph: { spacing: { after: 80 } } },
        title: { run: { font: FONT, size: SIZE.title, bold: true, color: hex(COLOR.text) }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(SIZE.h1, 360),
        heading2: heading(SIZE.h2, 240),
      },
    },
    numbering: {
      config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1361, left: 1134, right: 1134 } } },
        footers: { default: footer(model) },
        children: model.sections.flatMap((s, i) => sectionContent(s, i, model)),
      },
    ],
  });
}

/** The report as .docx bytes. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  return Packer.pack(reportDocument(model), 'uint8array');
}
