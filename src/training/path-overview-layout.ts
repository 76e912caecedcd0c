/**
 * The decision path on one screen: the sections in route order, packed into
 * columns (a section never split), one compact box per question, sized to fit a
 * given width and height. Which questions were asked comes from the engine's
 * route (case-walk). Pure: numbers and strings, no DOM.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { CaseWalk } from './case-walk.ts';
import { markKind, questionState, type NodeState } from './path-layout.ts';

export interface OverviewBox {
  id: string;
  number: number;
  text: string;
  state: NodeState;
  /** The answer's option labels or text, joined; null when not asked. */
  answer: string | null;
  mark: 'decided' | 'stopped' | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewSection {
  id: string;
  title: string;
  /** 1-based, in route order. */
  position: number;
  asked: number;
  total: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lines the header's title and status take at this column width. */
  headerLines: number;
  headerHeight: number;
  boxes: OverviewBox[];
}

export interface OverviewLayout {
  width: number;
  height: number;
  columns: number;
  rowHeight: number;
  /** 20 px when the boxes have room for it, else 18 px. */
  fontSize: number;
  /** False when even the most columns do not fit the height (the page then scrolls). */
  fits: boolean;
  sections: OverviewSection[];
}

export interface OverviewMetrics {
  minColumnWidth: number;
  columnGap: number;
  sectionGap: number;
  rowGap: number;
  minRow: number;
  maxRow: number;
  line: number;
  headerPadding: number;
  /** Widths of one character of a header's title (20 px bold) and status (20 px), estimated on the wide side. */
  titleChar: number;
  statusChar: number;
}

export const OVERVIEW_METRICS: OverviewMetrics = {
  minColumnWidth: 250,
  columnGap: 14,
  sectionGap: 12,
  rowGap: 3,
  minRow: 30,
  maxRow: 46,
  line: 25,
  headerPadding: 8,
  titleChar: 11.2,
  statusChar: 10,
};

interface SectionData {
  id: string;
  title: string;
  asked: number;
  boxes: Omit<OverviewBox, 'x' | 'y' | 'width' | 'height'>[];
}

/** The header reads "<title> · <status>"; the status is passed in so its length counts. */
export type StatusText = (asked: number, total: number) => string;

/** Lines the header takes: its title's words, then the status kept whole (it does not wrap), at most 4. */
function headerLines(title: string, status: string, width: number, m: OverviewMetrics): number {
  const room = width - 2 * (m.headerPadding + 2) - 4;
  // A browser may also break a title after a hyphen ("Hochrisiko-Verwendungen").
  const parts = title.split(/\s+|(?<=-)/).filter(Boolean);
  const words = [...parts.map((w) => w.length * m.titleChar), status.length * m.statusChar];
  let lines = 1;
  let used = 0;
  for (const word of words) {
    // A word wider than the column is broken (overflow-wrap: anywhere).
    const w = word > room ? word - (Math.ceil(word / room) - 1) * room : word;
    if (word > room) lines += Math.ceil(word / room) - 1;
    const space = used > 0 ? m.statusChar : 0;
    if (used > 0 && used + space + w > room) {
      lines++;
      used = w;
    } else used += space + w;
  }
  return Math.min(4, lines);
}

function sectionHeight(s: SectionData, lines: number, row: number, m: OverviewMetrics): number {
  return lines * m.line + 2 * m.headerPadding + s.boxes.length * (row + m.rowGap) + m.rowGap;
}

/** Splits heights, in order, into `columns` runs with the smallest tallest run (a small linear partition). */
function partition(heights: number[], columns: number, gap: number): number[][] {
  const n = heights.length;
  const run = (i: number, j: number) => heights.slice(i, j).reduce((a, b) => a + b, 0) + gap * (j - i - 1);
  const best: number[][] = Array.from({ length: columns + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: columns + 1 }, () => Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let c = 1; c <= columns; c++) {
    for (let j = 1; j <= n; j++) {
      for (let i = c - 1; i < j; i++) {
        const tallest = Math.max(best[c - 1]![i]!, run(i, j));
        if (tallest < best[c]![j]!) {
          best[c]![j] = tallest;
          cut[c]![j] = i;
        }
      }
    }
  }
  const runs: number[][] = [];
  let j = n;
  for (let c = columns; c >= 1; c--) {
    const i = cut[c]![j]!;
    runs.unshift(Array.from({ length: j - i }, (_, k) => i + k));
    j = i;
  }
  return runs;
}

export function layoutOverview(
  q: Questionnaire,
  walk: CaseWalk | null,
  size: { width: number; height: number },
  status: StatusText,
  m: OverviewMetrics = OVERVIEW_METRICS,
  /** Header lines a browser was seen to need at this width, by section id (more than the estimate). */
  seenLines: Readonly<Record<string, number>> = {},
): OverviewLayout {
  const index = new Map(q.questions.map((x, i) => [x.id, i]));
  const steps = new Map(walk?.steps.map((s) => [s.questionId, s]) ?? []);
  const data: SectionData[] = q.sections
    .map((section) => {
      const boxes = q.questions
        .filter((x) => x.section === section.id)
        .map((question) => {
          const state = questionState(walk, question.id);
          const step = steps.get(question.id);
          return {
            id: question.id,
            number: index.get(question.id)! + 1,
            text: question.text,
            state,
            answer: state === 'asked' && step ? step.answer.join(', ') || '–' : null,
            mark: walk ? markKind(walk, question.id) : null,
          };
        });
      return { id: section.id, title: section.title, asked: boxes.filter((b) => b.state === 'asked').length, boxes };
    })
    .filter((s) => s.boxes.length > 0);

  const columnWidth = (c: number) => (size.width - (c - 1) * m.columnGap) / c;
  const maxColumns = Math.max(1, Math.min(data.length, Math.floor((size.width + m.columnGap) / (m.minColumnWidth + m.columnGap))));
  const plan = (c: number, row: number) => {
    const width = columnWidth(c);
    const lines = data.map((s) => Math.max(headerLines(s.title, status(s.asked, s.boxes.length), width, m), seenLines[s.id] ?? 0));
    const heights = data.map((s, i) => sectionHeight(s, lines[i]!, row, m));
    const runs = partition(heights, c, m.sectionGap);
    const tallest = Math.max(...runs.map((r) => r.reduce((a, i) => a + heights[i]!, 0) + m.sectionGap * (r.length - 1)));
    return { width, lines, runs, tallest };
  };

  let columns = maxColumns;
  for (let c = 1; c <= maxColumns; c++) {
    if (plan(c, m.minRow).tallest <= size.height) {
      columns = c;
      break;
    }
  }
  let chosen = plan(columns, m.minRow);
  const fits = chosen.tallest <= size.height;
  // Spare height makes the boxes taller, up to maxRow, the same in every column.
  let row = m.minRow;
  if (fits) {
    while (row < m.maxRow && plan(columns, row + 1).tallest <= size.height) row++;
    chosen = plan(columns, row);
  }

  const sections: OverviewSection[] = [];
  chosen.runs.forEach((run, column) => {
    const x = column * (chosen.width + m.columnGap);
    let y = 0;
    for (const i of run) {
      const s = data[i]!;
      const headerHeight = chosen.lines[i]! * m.line + 2 * m.headerPadding;
      const height = sectionHeight(s, chosen.lines[i]!, row, m);
      const boxes = s.boxes.map((b, k) => ({ ...b, x: x + m.rowGap, y: y + headerHeight + m.rowGap + k * (row + m.rowGap), width: chosen.width - 2 * m.rowGap, height: row }));
      sections.push({ id: s.id, title: s.title, position: i + 1, asked: s.asked, total: s.boxes.length, x, y, width: chosen.width, height, headerLines: chosen.lines[i]!, headerHeight, boxes });
      y += height + m.sectionGap;
    }
  });
  sections.sort((a, b) => a.position - b.position);
  return {
    width: size.width,
    height: Math.max(0, ...sections.map((s) => s.y + s.height)),
    columns,
    rowHeight: row,
    fontSize: row >= 40 ? 20 : 18,
    fits,
    sections,
  };
}
