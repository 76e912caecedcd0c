import { describe, expect, it } from 'vitest';
import { candidates } from '../../bench/report-candidates.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { nodeFonts } from '../../src/report/pdf-node.ts';
import { renderPdf } from '../../src/report/render-pdf.ts';
import { safeText } from '../../src/report/pdf-text.ts';
import { realQuestionnaire } from './acceptance.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();

describe('the PDF set-up (fonts parsed once, no base64, no Arabic shaping or bidi, text measured, glyph codes looked up and the font list made once per document)', () => {
  it('gives the same bytes as jsPDF as it comes, for every acceptance case and the largest report, in each language', async () => {
    const cases: [string, Answers][] = Object.entries(candidates(q));
    expect(cases.length).toBeGreaterThan(10);
    // Text the user typed may hold right-to-left marks and scripts the font lacks.
    const maximal = candidates(q).maximal!;
    const typed = Object.fromEntries(Object.entries(maximal).map(([id, v]) => [id, typeof v === 'string' && !q.questions.find((x) => x.id === id && 'options' in x) ? `\u202Eشبكة עברית\u200F ${v}`.slice(0, 200) : v]));
    cases.push(['typed right-to-left', typed]);
    for (const [name, answers] of cases) {
      for (const locale of name === 'maximal' ? ['en', 'sv', 'de'] : ['en']) {
        const model = await modelFor(q, answers, locale);
        const lean = await renderPdf(model, nodeFonts());
        const plain = await renderPdf(model, nodeFonts(), { asJsPdfDoes: true });
        expect(Buffer.from(lean).equals(Buffer.from(plain)), `${name} (${locale})`).toBe(true);
      }
    }
  }, 300_000);

  it('gives the same bytes again on a later export (nothing of one document stays in the shared fonts)', async () => {
    const big = await modelFor(q, candidates(q).maximal!);
    const small = await modelFor(q, Object.values(candidates(q))[0]!);
    const first = await renderPdf(small, nodeFonts());
    await renderPdf(big, nodeFonts());
    expect(Buffer.from(await renderPdf(small, nodeFonts())).equals(Buffer.from(first))).toBe(true);
  }, 60_000);

  it('draws typed text in the order it was typed: bidirectional marks are dropped, right-to-left letters the font lacks written as their code', () => {
    expect(safeText('\u202Eabc\u202C \u200Fx\u2067y\u2069')).toBe('abc xy');
    expect(safeText('שלום')).toBe('[U+05E9][U+05DC][U+05D5][U+05DD]');
  });
});
