// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highRiskPublic, loadMini } from '../fixtures/report-mini.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { renderPdfInNode } from '../../src/report/pdf-node.ts';
import { caseAnswers, realQuestionnaire } from './acceptance.ts';
import { pageTexts, writePdf } from './pdf-tools.ts';
import { modelFor } from './report-helpers.ts';

const q = loadMini();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('renderHtml', () => {
  it('is one self-contained file: no script, no external resource, styles inline, the language set', async () => {
    const html = renderHtml(await modelFor(q, highRiskPublic, 'sv'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).not.toMatch(/<link|<img|src=|url\(/i);
    expect(html).toContain('<style>');
    expect(html).toMatch(/<title>Riskbedömning enligt EU:s AI-förordning: School place allocation<\/title>/);
  });

  it('has landmarks, one h1 and headings that never skip a level', async () => {
    const html = renderHtml(await modelFor(q, highRiskPublic));
    for (const tag of ['<header', '<main>', '<footer', '<nav']) expect(html).toContain(tag);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
  });

  it('marks up every table with a caption or heading, column headers with scope and a row header per row', async () => {
    const html = renderHtml(await modelFor(q, highRiskPublic));
    const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(2);
    for (const t of tables) {
      expect(t).toContain('<caption>');
      const rows = [...t.matchAll(/<tbody>[\s\S]*<\/tbody>/g)][0]![0].split('<tr>').slice(1);
      for (const row of rows) expect(row).toMatch(/^<th scope="row">/);
    }
    expect(html).toMatch(/<th scope="col">Owner<\/th><th scope="col">Evidence<\/th><th scope="col">Status<\/th>/);
  });

  it('has the same section titles as the PDF, in the same order', async () => {
    const model = await modelFor(realQuestionnaire(), caseAnswers('p01-school-admission'));
    const html = renderHtml(model);
    const h2 = [...html.matchAll(/<h2 id="section-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const pdf = pageTexts(writePdf('p01-html.pdf', await renderPdfInNode(model)), false).join('\n');
    const inPdf = h2.map((title) => pdf.indexOf(`\n${title}\n`));
    expect(h2).toEqual(model.sections.slice(1).map((s) => s.title));
    expect(inPdf.every((i) => i > 0)).toBe(true);
    expect([...inPdf].sort((a, b) => a - b)).toEqual(inPdf);
  });

  it('shows the report details, the dated next steps and localised citations', async () => {
    const details = { supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', status: 'final' as const };
    const de = text(renderHtml(await modelFor(q, highRiskPublic, 'de', details)));
    for (const s of ['EduSoft AB', 'UPH-2026-114', 'Endfassung', 'Ab 2. Dezember 2027 (in 372 Tagen)', 'Art. 26 Abs. 2', 'Verantwortlich', 'Nachweis']) expect(de).toContain(s);
    expect(de).toContain('Freigegeben von auszufüllen');
  });

  it('escapes what the user wrote', async () => {
    const html = renderHtml(await modelFor(q, { ...highRiskPublic, 'system.name': '<script>alert("x")</script> & <b>' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
  });
});
