// @vitest-environment node
/**
 * The PDF's layout rules, read from the renderer's own record of each page
 * (renderPdfWithLayout): no heading at the foot of a page, no citation line
 * alone at the top of one, no page but the last less than a third full, and no
 * column header split inside a word — in every language, for the longest cases.
 */
import { describe, expect, it } from 'vitest';
import { fitColumns, type PdfLayout } from '../../src/report/pdf-layout.ts';
import { nodeFonts } from '../../src/report/pdf-node.ts';
import { renderPdfWithLayout } from '../../src/report/render-pdf.ts';
import { caseAnswers, realQuestionnaire } from './acceptance.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();

function problems(layout: PdfLayout): string[] {
  const out: string[] = [];
  const last = layout.pages.length;
  for (const p of layout.pages) {
    if (p.page < last && (p.last === 'heading' || p.last === 'subheading')) out.push(`page ${p.page} ends with a ${p.last}`);
    if (p.page > 1 && p.first === 'cite') out.push(`page ${p.page} starts with a citation line`);
    if (p.page < last && p.used < layout.usable / 3) out.push(`page ${p.page} is only ${Math.round((100 * p.used) / layout.usable)}% full`);
  }
  for (const t of layout.tables) t.widths.forEach((w, i) => w < t.needed[i]! - 0.01 && out.push(`page ${t.page}: header “${t.headers[i]}” is split (${w.toFixed(1)} < ${t.needed[i]!.toFixed(1)} mm)`));
  return out;
}

describe('PDF layout', () => {
  const cases = ['p01-school-admission', 'p13-rebranded-system', 'p18-narrow-task-no-profiling-unknown'];
  for (const id of cases) {
    for (const locale of ['en', 'sv', 'de']) {
      it(`keeps headings with their text, citations with what they cite, pages at least a third full and header words whole: ${id} (${locale})`, async () => {
        const model = await modelFor(q, caseAnswers(id), locale);
        const { layout } = await renderPdfWithLayout(model, nodeFonts());
        expect(layout.pages.length).toBeGreaterThan(3);
        expect(problems(layout)).toEqual([]);
      });
    }
  }

  it('records what it checks: a heading forced to the foot of a page would be seen', async () => {
    const model = await modelFor(q, caseAnswers('p01-school-admission'));
    const { layout } = await renderPdfWithLayout(model, nodeFonts());
    const broken: PdfLayout = { ...layout, pages: layout.pages.map((p, i) => (i === 1 ? { ...p, last: 'heading', used: 10 } : p)) };
    expect(problems(broken)).toEqual([expect.stringContaining('ends with a heading'), expect.stringContaining('% full')]);
  });
});

describe('fitColumns', () => {
  it('widens a column to its widest header word, taking the room from columns with some to spare', () => {
    const out = fitColumns([10, 60, 30], [18, 20, 20]);
    expect(out[0]).toBe(18);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(100);
    expect(out[1]! - 20).toBeGreaterThan(out[2]! - 20);
  });

  it('leaves the widths alone when every word fits, or when nothing can make them fit', () => {
    expect(fitColumns([30, 30], [10, 10])).toEqual([30, 30]);
    expect(fitColumns([10, 10], [15, 15])).toEqual([10, 10]);
  });
});
