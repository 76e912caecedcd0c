// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highRiskPublic, loadMini, provisional } from '../fixtures/report-mini.ts';
import { renderPdfInNode } from '../../src/report/pdf-node.ts';
import { fingerprint } from '../../src/storage/assessment-file.ts';
import { readFileSync } from 'node:fs';
import { fonts, info, pageCount, pageTexts, words, writePdf } from './pdf-tools.ts';
import { modelFor } from './report-helpers.ts';

const q = loadMini();
const MM = 72 / 25.4;

/** No word outside the page's margins (the footer sits in the bottom margin). */
function expectInsidePage(file: string) {
  const all = words(file);
  expect(all.length).toBeGreaterThan(100);
  const outside = all.filter((w) => w.xMin < 19 * MM || w.xMax > w.width - 19 * MM || w.yMin < 15 * MM || w.yMax > w.height - 6 * MM);
  expect(outside.map((w) => `p${w.page} ${w.text}`)).toEqual([]);
}

describe('renderPdf', () => {
  it('renders the headings, obligations, dates, page numbers and fingerprint', async () => {
    const model = await modelFor(q, highRiskPublic);
    const file = writePdf('high-risk.pdf', await renderPdfInNode(model));
    const pages = pageTexts(file);
    const all = pages.join('\n');
    expect(pages.length).toBe(pageCount(file));
    for (const heading of model.sections.slice(1).map((s) => s.title)) expect(all).toContain(heading);
    for (const text of ['School place allocation', 'High-risk AI system', 'Human oversight', 'Technical documentation', 'Art 26(2)', '2 December 2027', 'was 2 August 2026', '(a) the processes in which the system is used', 'Owner', 'Evidence', 'Status', 'Sign-off']) {
      expect(all).toContain(text);
    }
    const print = await fingerprint(q, highRiskPublic);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain(`Fingerprint ${print}`);
    });
    // The contents on the cover give the page each section starts on.
    const answersPage = pages.findIndex((p) => /^\s*8\. Questions and answers\s*$/m.test(p)) + 1;
    const contents = pages.find((p) => /^\s*Contents\s*$/m.test(p))!;
    expect(contents).toMatch(new RegExp(`8\\. Questions and answers[ .]+${answersPage}\\n`));
    expectInsidePage(file);
  });

  it('embeds DejaVu Sans, regular and bold, and stays well under 400 KB', async () => {
    const bytes = await renderPdfInNode(await modelFor(q, highRiskPublic));
    const list = fonts(writePdf('fonts.pdf', bytes));
    expect(list.match(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/g)).toHaveLength(2);
    expect(list).not.toMatch(/Helvetica.*yes/);
    expect(bytes.length).toBeLessThan(400 * 1024);
  });

  it('gives the same file for the same answers', async () => {
    const model = await modelFor(q, provisional);
    expect(Buffer.from(await renderPdfInNode(model)).equals(Buffer.from(await renderPdfInNode(model)))).toBe(true);
  });

  it('renders Swedish, Polish, German, Greek and Bulgarian text exactly', async () => {
    const texts = {
      'system.name': 'Σύστημα κατανομής θέσεων',
      'system.organisation': 'Zażółć gęślą jaźń – Łódź',
      'system.assessor': 'Räksmörgås på Åland, Straße Übermaß',
      'system.affected-persons': 'Ученици и родители – ΑΒΓΔ αβγδ ώ',
    };
    const file = writePdf('scripts.pdf', await renderPdfInNode(await modelFor(q, { ...highRiskPublic, ...texts })));
    const all = pageTexts(file, false).join('\n');
    for (const text of Object.values(texts)) expect(all).toContain(text);
    expect(all).toContain('ai'); // sanity: extraction works at all
  });

  it('wraps very long answers over pages without losing or clipping a word', async () => {
    const tokens = Array.from({ length: 1500 }, (_, i) => `słowo${String(i).padStart(4, '0')}`);
    const long = {
      'system.purpose': tokens.join(' ').slice(0, 19_990),
      'uses.oversight': `${'Ω'.repeat(300)} ${'https://example.org/a/very/long/path/'.repeat(20)}`,
      'system.name': `A system with a very long name ${'that goes on '.repeat(12)}end`,
    };
    const kept = long['system.purpose'].split(' ').filter((t) => /^słowo\d{4}$/.test(t));
    const model = await modelFor(q, { ...highRiskPublic, ...long });
    const file = writePdf('long.pdf', await renderPdfInNode(model));
    const text = pageTexts(file, false).join(' ');
    const found = new Set(text.match(/słowo\d{4}/g));
    expect(kept.filter((t) => !found.has(t))).toEqual([]);
    expect(pageCount(file)).toBeGreaterThan(10);
    expectInsidePage(file);
  });

  it('writes characters the font lacks as their code and says so on the cover, never as a blank or "�"', async () => {
    const file = writePdf('missing.pdf', await renderPdfInNode(await modelFor(q, { ...highRiskPublic, 'system.name': 'Robot 🤖 中文 tool\u0000\u0007', 'system.organisation': 'مدرسة' })));
    const cover = pageTexts(file, false)[0]!.replace(/\s+/g, ' ');
    expect(cover).toContain('Robot [U+1F916] [U+4E2D][U+6587] tool');
    expect(cover).toContain('[U+0645][U+062F][U+0631][U+0633][U+0629]');
    expect(cover).toContain('Some characters could not be printed with the font of this PDF');
    expect(cover).toContain('U+062F, U+0631, U+0633, U+0645, U+4E2D, U+6587, U+1F916');
    expect(cover).not.toContain('\uFFFD');
  });

  it('names no unprintable characters when there are none', async () => {
    const file = writePdf('printable.pdf', await renderPdfInNode(await modelFor(q, highRiskPublic)));
    expect(pageTexts(file, false).join('\n')).not.toContain('could not be printed');
  });

  it('sets the document title and language and asks viewers to show the title', async () => {
    const file = writePdf('meta-sv.pdf', await renderPdfInNode(await modelFor(q, highRiskPublic, 'sv')));
    expect(info(file)).toMatch(/^Title:\s+Riskbedömning enligt EU:s AI-förordning: School place allocation$/m);
    const raw = readFileSync(file, 'latin1');
    expect(raw).toMatch(/\/Lang \(sv\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });
});
