/**
 * What the PDF renderer records about its own layout, page by page: how much of
 * the page is used and which kind of block came first and last. Tests read it
 * to check the layout rules (no heading at the foot of a page, no citation line
 * alone at the top of one, no page but the last less than a third full, no
 * column header split inside a word) without guessing from extracted text.
 */
import type { Block } from './report-model.ts';

/** A block's kind as the layout rules see it: section headings and citation lines are kinds of their own. */
export type BlockKind = Block['type'] | 'heading' | 'cite' | 'notice';

export interface PageLayout {
  page: number;
  /** Millimetres used from the top margin down to the lowest thing drawn. */
  used: number;
  first: BlockKind | null;
  last: BlockKind | null;
}

export interface TableLayout {
  page: number;
  headers: string[];
  /** Column widths in millimetres. */
  widths: number[];
  /** The widest word of each header plus the cell padding: a column narrower than this splits a word. */
  needed: number[];
}

export interface PdfLayout {
  /** The height of the page's text area, in millimetres. */
  usable: number;
  pages: PageLayout[];
  tables: TableLayout[];
  /** Characters the fonts could not print, as codes ("U+4E2D"). */
  unprintable: string[];
}

/**
 * Column widths that keep every header word whole: a column narrower than its
 * widest header word (`needed`) is widened, and the room is taken from the
 * columns with the most to spare, in proportion. Returns the widths unchanged
 * when the words cannot all fit.
 */
export function fitColumns(widths: readonly number[], needed: readonly number[]): number[] {
  const out = [...widths];
  const deficit = out.reduce((sum, w, i) => sum + Math.max(0, needed[i]! - w), 0);
  if (deficit <= 0) return out;
  const slack = out.map((w, i) => Math.max(0, w - needed[i]!));
  const spare = slack.reduce((a, b) => a + b, 0);
  if (spare < deficit) return out;
  return out.map((w, i) => (w < needed[i]! ? needed[i]! : w - (slack[i]! / spare) * deficit));
}
