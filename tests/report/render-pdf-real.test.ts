// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../src/report/pdf-node.ts';
import { caseAnswers, realQuestionnaire } from './acceptance.ts';
import { pageCount, pageTexts, writePdf } from './pdf-tools.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();
const HEADER = /Done\s+Obligation\s+Article\s+Applies from/;

describe('PDF of real acceptance cases', () => {
  it('repeats the table header on every page the obligations checklist runs over', async () => {
    const model = await modelFor(q, caseAnswers('p13-rebranded-system'));
    const file = writePdf('p13.pdf', await renderPdfInNode(model));
    const pages = pageTexts(file);
    const start = pages.findIndex((p) => /^\s*3\. Obligations checklist\s*$/m.test(p));
    const end = start + pages.slice(start).findIndex((p) => /^\s*4\. [A-Z][^.\n]*$/m.test(p));
    expect(start).toBeGreaterThan(0);
    expect(end - start).toBeGreaterThanOrEqual(3);
    for (let i = start; i <= end; i++) expect(pages[i]).toMatch(HEADER);
    expect(pages.length).toBe(pageCount(file));
  });

  it('pre-fills the FRIA outline of a public body and says to notify the authority', async () => {
    const answers = caseAnswers('p01-school-admission');
    const file = writePdf('p01.pdf', await renderPdfInNode(await modelFor(q, answers)));
    const text = pageTexts(file, false).join('\n');
    expect(text).toContain('Fundamental rights impact assessment');
    expect(text).toContain(String(answers['system.purpose']).slice(0, 40));
    expect(text).toContain('Notify the market surveillance authority');
    expect(text).toMatch(/\(f\) The measures to be taken if those risks materialise/);
  });
});
