// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { highRiskPublic, loadMini } from '../fixtures/report-mini.ts';
import { renderDocx } from '../../src/report/render-docx.ts';
import { caseAnswers, realQuestionnaire } from './acceptance.ts';
import { modelFor } from './report-helpers.ts';

const q = loadMini();

/** The parts of a .docx (a zip of XML files), as text. */
function unzipDocx(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each paragraph with its style id: [style, text]. */
function paragraphs(xml: string): [string, string][] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [/<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '', [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')]);
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

describe('renderDocx', () => {
  it('has the sections as Heading1, their parts as Heading2, and the system as the title', async () => {
    const model = await modelFor(q, highRiskPublic);
    const doc = unzipDocx(await renderDocx(model))['word/document.xml']!;
    const list = paragraphs(doc);
    const h1 = list.filter(([s]) => s === 'Heading1').map(([, t]) => unescape(t));
    for (const s of model.sections.slice(1)) expect(h1).toContain(s.title);
    expect(list.filter(([s]) => s === 'Heading2').map(([, t]) => t)).toEqual(expect.arrayContaining(['Provider', 'Deployer', 'Next steps']));
    expect(list.find(([s]) => s === 'Title')?.[1]).toBe('School place allocation');
  });

  it('marks the header row of every table with columns as a header, and lists obligations with their dates', async () => {
    const doc = unzipDocx(await renderDocx(await modelFor(q, highRiskPublic)))['word/document.xml']!;
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const withHeader = tables.filter((t) => t.includes('<w:tblHeader/>') || /<w:tblHeader( w:val="(true|1)")?\/>/.test(t));
    const checklists = withHeader.filter((t) => t.includes('>Owner<'));
    expect(checklists).toHaveLength(2);
    for (const t of checklists) {
      const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(t)![0];
      expect(firstRow).toMatch(/<w:tblHeader/);
      for (const h of ['Obligation', 'Article', 'Applies from', 'Owner', 'Evidence', 'Status']) expect(firstRow).toContain(`>${h}<`);
    }
    const text = paragraphs(doc).map(([, t]) => unescape(t)).join('\n');
    expect(text).toContain('Human oversight');
    expect(text).toContain('2 December 2027');
    expect(text).toContain('was 2 August 2026');
    expect(text).toContain('From 2 December 2027');
    expect(text).toContain('(in 372 days)');
  });

  it('puts the report details on the cover, sets the language and the title', async () => {
    const details = { supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', approvedBy: 'Åsa Öberg', status: 'draft' as const };
    const files = unzipDocx(await renderDocx(await modelFor(q, highRiskPublic, 'sv', details)));
    const text = paragraphs(files['word/document.xml']!).map(([, t]) => unescape(t)).join('\n');
    for (const s of ['Leverantör', 'EduSoft AB', 'Avtals- eller upphandlingsreferens', 'UPH-2026-114', 'Godkänd av', 'Åsa Öberg', 'Utkast', 'Underskrifter', 'artikel 26.2']) expect(text).toContain(s);
    expect(files['word/styles.xml']).toMatch(/<w:lang w:val="sv-SE"/);
    expect(files['docProps/core.xml']).toContain('<dc:title>Riskbedömning enligt EU:s AI-förordning: School place allocation</dc:title>');
  });

  it('renders the largest real case', async () => {
    const bytes = await renderDocx(await modelFor(realQuestionnaire(), caseAnswers('p13-rebranded-system'), 'de'));
    const doc = unzipDocx(bytes)['word/document.xml']!;
    expect(doc).toContain('Art. 16 Buchst. a');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
