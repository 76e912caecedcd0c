// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../src/report/pdf-node.ts';
import { caseAnswers, realQuestionnaire } from './acceptance.ts';
import { pageCount, pageTexts, writePdf } from './pdf-tools.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();
const HEADER = /Obligation\s+Article\s+Applies\s+Owner\s+Evidence\s+Status/;

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

describe('PDF fit to attach to a contract', () => {
  const details = { systemVersion: 'Antagning 3.2', organisation: 'Växjö kommun', unit: 'Utbildningsförvaltningen', supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', assessedBy: 'Åsa Öberg', status: 'draft' as const };

  it('puts the report details and a sign-off block on the cover, with lines for what is missing', async () => {
    const model = await modelFor(q, caseAnswers('p01-school-admission'), 'en', details);
    const cover = pageTexts(writePdf('p01-details.pdf', await renderPdfInNode(model)))[0]!;
    for (const text of ['Antagning 3.2', 'Växjö kommun', 'Utbildningsförvaltningen', 'EduSoft AB', 'UPH-2026-114', 'Åsa Öberg', 'Draft', 'Sign-off']) expect(cover).toContain(text);
    expect(cover).toMatch(/Reviewed by\s*\n/);
    expect(cover).toMatch(/Step\s+Name\s+Role\s+Date\s+Signature/);
    expect(cover).toMatch(/Approved by/);
  });

  it('dates every next step and never says "Now"', async () => {
    const model = await modelFor(q, caseAnswers('p01-school-admission'));
    const pages = pageTexts(writePdf('p01-steps.pdf', await renderPdfInNode(model)), false);
    const summary = pages.find((p) => /^\s*Next steps\s*$/m.test(p))!;
    expect(summary).toMatch(/Applies since \d{1,2} \w+ \d{4}/);
    expect(summary).toMatch(/From 2 December 2027\s+\(in 372 days\)/);
    expect(summary).not.toMatch(/\bNow\b/);
  });

  it('cites articles in the Swedish and German style of the law', async () => {
    const svFile = writePdf('p01-sv.pdf', await renderPdfInNode(await modelFor(q, caseAnswers('p01-school-admission'), 'sv')));
    const sv = pageTexts(svFile, false).join('\n');
    expect(sv).toContain('artikel 6.2');
    expect(sv).toContain('bilaga III punkt 3 a');
    expect(pageTexts(svFile).join('\n')).toMatch(/Ansvarig\s+Underlag\s+Status/);
    const deFile = writePdf('p01-de.pdf', await renderPdfInNode(await modelFor(q, caseAnswers('p01-school-admission'), 'de')));
    const de = pageTexts(deFile, false).join('\n');
    expect(de).toContain('Art. 6 Abs. 2');
    expect(de).toContain('Anhang III Nummer 3 Buchstabe a');
    expect(pageTexts(deFile).join('\n')).toMatch(/Verantwortlich\s+Nachweis\s+Status/);
    // The questionnaire here is the English one; only the citations are the report's to localise.
    for (const text of [sv, de]) expect(text).not.toContain('Art 6(2); Annex III');
    expect(sv).toContain('artikel 6.2; bilaga III');
    expect(de).toContain('Art. 6 Abs. 2; Anhang III');
  });
});

describe('decision path in the PDF', () => {
  it('draws the questions asked on this case’s route, with the answers and where the outcome was decided', async () => {
    const answers = caseAnswers('p01-school-admission');
    const model = await modelFor(q, answers);
    const why = model.sections.find((s) => s.id === 'why')!;
    const path = why.blocks.find((b) => b.type === 'path');
    if (path?.type !== 'path') throw new Error('no decision path');
    expect(path.nodes.length).toBeGreaterThan(5);
    expect(path.nodes.map((n) => n.number)).toEqual([...path.nodes.map((n) => n.number)].sort((a, b) => a - b));
    expect(path.nodes.filter((n) => n.mark)).toHaveLength(1);
    const text = pageTexts(writePdf('p01-path.pdf', await renderPdfInNode(model)), false).join('\n');
    expect(text).toContain('Decision path');
    expect(text).toContain(`Answer: ${String(answers['system.name'])}`);
    expect(text).toMatch(/Decided here: High risk/);
  });
});
