import { describe, expect, it } from 'vitest';
import { gpaiProvider, highRiskPrivateDeployer, highRiskPublic, loadMini, minimal, notAi, provisional } from '../fixtures/report-mini.ts';
import { reportFileName, slug } from '../../src/report/format.ts';
import { modelFor, section, sectionIds, textOf } from './report-helpers.ts';

const q = loadMini();

describe('buildReport sections', () => {
  it('lays out every section that applies, in the fixed order, numbered', async () => {
    const m = await modelFor(q, highRiskPublic);
    expect(sectionIds(m)).toEqual(['cover', 'summary', 'why', 'obligations', 'fria', 'documentation', 'transparency-gpai', 'good-practice', 'answers', 'disclaimer']);
    expect(m.sections.slice(1).map((s) => s.title.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('leaves out what does not apply', async () => {
    expect(sectionIds(await modelFor(q, minimal))).toEqual(['cover', 'summary', 'why', 'obligations', 'answers', 'disclaimer']);
    expect(sectionIds(await modelFor(q, notAi))).toEqual(['cover', 'summary', 'why', 'obligations', 'good-practice', 'answers', 'disclaimer']);
  });

  it('has an FRIA outline only where the FRIA obligation applies', async () => {
    expect(sectionIds(await modelFor(q, highRiskPrivateDeployer))).not.toContain('fria');
    const fria = section(await modelFor(q, highRiskPublic), 'fria');
    const fields = fria.blocks.filter((b) => b.type === 'write-in');
    expect(fields.map((f) => f.label.slice(0, 3))).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    // Pre-filled from the answers that cite the same element; blank space elsewhere.
    expect(fields[0]).toMatchObject({ value: highRiskPublic['system.purpose'], note: expect.stringContaining('What is the system for?') });
    expect(fields[2]).toMatchObject({ value: 'Pupils aged 11 and their parents' });
    expect(fields[4]).toMatchObject({ value: highRiskPublic['uses.oversight'] });
    expect(fields[1]).not.toHaveProperty('value');
    expect(fields[1]).toMatchObject({ lines: 5 });
    expect(textOf(fria.blocks)).toContain('Notify the market surveillance authority');
  });

  it('lists the technical documentation only for providers of high-risk systems, supplier documents for deployers', async () => {
    const provider = section(await modelFor(q, highRiskPublic), 'documentation');
    expect(textOf(provider.blocks)).toContain('A general description of the system');
    const deployer = section(await modelFor(q, highRiskPrivateDeployer), 'documentation');
    expect(textOf(deployer.blocks)).not.toContain('A general description of the system');
    expect(textOf(deployer.blocks)).toContain('Ask the supplier for the instructions for use.');
    expect(sectionIds(await modelFor(q, gpaiProvider))).not.toContain('documentation');
  });

  it('puts the GPAI duties in the transparency and GPAI section', async () => {
    expect(textOf(section(await modelFor(q, gpaiProvider), 'transparency-gpai').blocks)).toContain('Model documentation');
  });

  it('lists open questions with what to find out when the result is provisional', async () => {
    const m = await modelFor(q, provisional);
    const cover = section(m, 'cover').blocks.find((b) => b.type === 'outcome');
    expect(cover).toMatchObject({ title: 'High-risk AI system', flags: [expect.stringContaining('Provisional')] });
    const open = textOf(section(m, 'open-questions').blocks);
    expect(open).toContain('In which areas is it used?');
    expect(open).toContain('Compare the use with each area in Annex III.');
    expect(open).toContain('High-risk use listed in Annex III');
  });

  it('says the assessment is incomplete and which question is next', async () => {
    const { 'uses.areas': _, ...partial } = minimal;
    const m = await modelFor(q, partial);
    expect(textOf(section(m, 'open-questions').blocks)).toContain('The next question to answer is “In which areas is it used?”');
    expect(textOf(section(m, 'cover').blocks)).toContain('Incomplete');
  });
});

describe('buildReport content', () => {
  it('fills the cover from the answers and the questionnaire', async () => {
    const cover = textOf(section(await modelFor(q, highRiskPublic), 'cover').blocks);
    for (const s of ['School place allocation', 'Region Skåne', 'A. Jansen, project lead', '25 November 2026', 'version 1.0.0', 'Test Regulation 2/2026: Test amendment (27 July 2026)', 'High-risk AI system']) expect(cover).toContain(s);
  });

  it('puts the report details on the cover, with empty ones as lines to fill in, and a sign-off block', async () => {
    const details = { systemVersion: 'Allocation 3.2', supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', reviewedBy: 'K. Berg', status: 'final' as const };
    const cover = section(await modelFor(q, highRiskPublic, 'en', details), 'cover');
    const facts = cover.blocks.find((b) => b.type === 'facts' && b.fill);
    if (facts?.type !== 'facts') throw new Error('no details');
    const value = Object.fromEntries(facts.rows.map((r) => [r.label, r.value]));
    expect(value).toEqual({
      'System and version': 'Allocation 3.2',
      Organisation: 'Region Skåne',
      Unit: '',
      Supplier: 'EduSoft AB',
      'Contract or tender reference': 'UPH-2026-114',
      'Assessed by': 'A. Jansen, project lead',
      'Reviewed by': 'K. Berg',
      'Approved by': '',
      'Date of assessment': '25 November 2026',
      Status: 'Final',
    });
    const signOff = cover.blocks.find((b) => b.type === 'table' && b.fill);
    if (signOff?.type !== 'table') throw new Error('no sign-off');
    expect(signOff.columns.map((c) => c.header)).toEqual(['Step', 'Name', 'Role', 'Date', 'Signature']);
    expect(signOff.rows.map((r) => textOf([{ type: 'table', columns: [], rows: [r] }]))).toEqual(['Assessed by\nA. Jansen, project lead', 'Reviewed by\nK. Berg', 'Approved by']);
  });

  it('explains each decisive answer with its rule and article', async () => {
    const why = section(await modelFor(q, highRiskPublic), 'why');
    const text = textOf(why.blocks);
    expect(text).toMatch(/High-risk use listed in Annex III[\s\S]*In which areas is it used\?[\s\S]*Admission to education \(Annex III 3\(a\)\)[\s\S]*Art 6\(2\)/);
    expect(text).toContain('2 December 2027 (was 2 August 2026)');
    expect(text).toContain('If the answer to “In which areas is it used?” were “None of these”:');
  });

  it('groups the obligations by role with article, date, the earlier date and the note', async () => {
    const obligations = section(await modelFor(q, highRiskPublic), 'obligations');
    const headings = obligations.blocks.filter((b) => b.type === 'subheading').map((b) => b.text);
    expect(headings).toEqual(['Provider', 'Deployer']);
    const tables = obligations.blocks.filter((b) => b.type === 'table');
    // Owner, evidence and status are columns to fill in: empty cells on every row.
    for (const table of tables) {
      expect(table.columns.map((c) => c.header)).toEqual(['Obligation', 'Article', 'Applies from', 'Owner', 'Evidence', 'Status']);
      expect(table.fill).toBe(true);
      for (const row of table.rows) expect(row.slice(3)).toEqual([[], [], []]);
    }
    const deployer = textOf([tables[1]!]);
    expect(deployer).toContain('Human oversight');
    expect(deployer).toContain('was 2 August 2026');
    expect(deployer).toContain('Public bodies using older systems have until 2030.');
    expect(textOf([tables[0]!])).toContain('Checklist: see “5. Documentation”.');
  });

  it('labels the next steps by the date each duty applies from, never "Now"', async () => {
    const summary = section(await modelFor(q, highRiskPublic), 'summary');
    const steps = summary.blocks.find((b) => b.type === 'table');
    if (steps?.type !== 'table') throw new Error('no next steps');
    const labels = steps.rows.map((r) => r[0]!.map((p) => p.text).join(' '));
    expect(labels).not.toContain('Now');
    // Generated on 25 November 2026: 2 December 2027 is 372 days later.
    expect(labels).toContain('From 2 December 2027 (in 372 days)');
    expect(labels.filter((l) => l.startsWith('From ')).every((l) => /^From \d{1,2} \w+ \d{4} \(in \d+ days?\)$/.test(l))).toBe(true);
    expect(labels[0]).toBe('First');
  });

  it('counts the days from the assessment date of the report details', async () => {
    const m = await modelFor(q, highRiskPublic, 'en', { assessmentDate: '2027-12-01' });
    const steps = section(m, 'summary').blocks.find((b) => b.type === 'table');
    if (steps?.type !== 'table') throw new Error('no next steps');
    expect(steps.rows.map((r) => r[0]!.map((p) => p.text).join(' '))).toContain('From 2 December 2027 (in 1 day)');
    expect(m.fileName).toBe('ai-act-assessment-school-place-allocation-2027-12-01.pdf');
  });

  it('names the open points once in the next steps, pointing to the open questions', async () => {
    const m = await modelFor(q, provisional);
    const steps = section(m, 'summary').blocks.find((b) => b.type === 'table');
    if (steps?.type !== 'table') throw new Error('no next steps');
    const text = textOf([steps]);
    const open = section(m, 'open-questions').title;
    expect(text.split(`see “${open}”`).length - 1).toBe(1);
    expect(text).not.toContain('Compare the use with each area in Annex III.');
  });

  it('lists every question asked with its answer, and ends with the disclaimer and fingerprint', async () => {
    const m = await modelFor(q, highRiskPublic);
    const answers = textOf(section(m, 'answers').blocks);
    expect(answers).toContain('What is the system for?\nAllocates pupils to schools');
    expect(answers).toContain('What does your organisation do with the system?\nWe develop it\nWe use it');
    const disclaimer = textOf(section(m, 'disclaimer').blocks);
    expect(disclaimer).toContain(q.disclaimer);
    expect(disclaimer).toMatch(/[0-9a-f]{64}/);
    expect(m.footer.fingerprint).toContain(disclaimer.match(/[0-9a-f]{64}/)![0]);
  });

  it('keeps user text as text', async () => {
    const m = await modelFor(q, { ...highRiskPublic, 'system.name': '<b>Tool</b> "x" & {y}' });
    expect(textOf(section(m, 'cover').blocks)).toContain('<b>Tool</b> "x" & {y}');
  });

  it('is plain data', async () => {
    const m = await modelFor(q, highRiskPublic);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('file name', () => {
  it('is ai-act-assessment-<name>-<date>.pdf, keeping letters such as å, ä, ö', async () => {
    expect((await modelFor(q, highRiskPublic)).fileName).toBe('ai-act-assessment-school-place-allocation-2026-11-25.pdf');
    expect(reportFileName('Übersetzung & Zoll / Łódź', '2026-01-02T00:00:00Z')).toBe('ai-act-assessment-übersetzung-&-zoll-łódź-2026-01-02.pdf');
    expect(reportFileName('Skolplacering Växjö: åk 7?', '2026-01-02')).toBe('ai-act-assessment-skolplacering-växjö-åk-7-2026-01-02.pdf');
    expect(reportFileName('a<b>c|d*e"f\\g\u0007h', '2026-01-02')).toBe('ai-act-assessment-a-b-c-d-e-f-g-h-2026-01-02.pdf');
    expect(reportFileName('', '2026-01-02')).toBe('ai-act-assessment-system-2026-01-02.pdf');
    expect(slug('Σύστημα κατανομής')).toBe('συστημα-κατανομης');
    expect(slug('a'.repeat(200)).length).toBe(60);
  });
});
