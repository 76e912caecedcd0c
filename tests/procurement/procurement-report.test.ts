import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { buildReport } from '../../src/report/build-report.ts';
import { registrationCsv, registrationJson, tenderAnnexReport } from '../../src/report/procurement-exports.ts';
import type { Block } from '../../src/report/report-model.ts';
import { caseAnswers, realQuestionnaire } from '../report/acceptance.ts';

const q = realQuestionnaire();
const context = (answers: Record<string, unknown>) => ({ answers: answers as never, generatedAt: '2026-12-01T10:00:00.000Z', fingerprint: 'f'.repeat(64), locale: 'en' });
const text = (blocks: Block[]) => JSON.stringify(blocks);

describe('the procurement sections of the report', () => {
  const answers = caseAnswers('p01-school-admission');
  const assessment = assess(q, answers);
  const model = buildReport(assessment, q, context(answers));

  it('has a tender annex with each requirement, its article and its MCC-AI clause, and the Section C registration sheet', () => {
    const ids = model.sections.map((s) => s.id);
    expect(ids).toContain('tender-annex');
    expect(ids).toContain('registration');
    const annex = model.sections.find((s) => s.id === 'tender-annex')!;
    expect(annex.title).toMatch(/^\d+\. Tender and contract annex$/);
    expect(text(annex.blocks)).toContain('Access to the logs and their retention');
    expect(text(annex.blocks)).toContain('Art 12; Art 19; Art 26(6)');
    expect(text(annex.blocks)).toContain('MCC-AI high-risk version Art 5');
    expect(text(annex.blocks)).toContain('Interpretation: check against the published clauses.');
    const reg = model.sections.find((s) => s.id === 'registration')!;
    expect(text(reg.blocks)).toContain('The public EU database (Art 49(3))');
    expect(text(reg.blocks)).toContain('Regional Education Authority');
    expect(text(reg.blocks)).toContain('To fill');
  });

  it('leaves both out for a minimal-risk system', () => {
    const minimal = caseAnswers('p14-library-recommender');
    const ids = buildReport(assess(q, minimal), q, context(minimal)).sections.map((s) => s.id);
    expect(ids).not.toContain('tender-annex');
    expect(ids).not.toContain('registration');
  });

  it('exports the tender annex as a report of its own', () => {
    const own = tenderAnnexReport(assessment, q, context(answers))!;
    expect(own.sections.map((s) => s.id)).toEqual(['cover', 'tender-annex']);
    expect(own.fileName).toMatch(/^ai-act-tender-annex-school-place-allocation-model-2026-12-01\.pdf$/);
    expect(tenderAnnexReport(assess(q, caseAnswers('p14-library-recommender')), q, context({}))).toBeNull();
  });

  it('exports the registration sheet as CSV and JSON: item id, label, value, source question, where it goes', () => {
    const csv = registrationCsv(assessment).split('\r\n');
    expect(csv[0]).toBe('section,item_id,point,label,value,source_questions,goes,omitted');
    expect(csv[1]).toBe("C,c1,1,\"The deployer's name, address and contact details\",Regional Education Authority,system.organisation,public,no");
    expect(csv[3]).toBe("C,c3,3,The web address of the provider's entry for the system in the EU database,,,public,no");
    const json = JSON.parse(registrationJson(assessment)) as { items: { itemId: string; value: string; goes: string }[] };
    expect(json.items.map((i) => i.itemId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(json.items[0]).toMatchObject({ value: 'Regional Education Authority', goes: 'public' });
  });

  it('keeps a spreadsheet from reading an answer as a formula', () => {
    const tricky = { ...answers, 'system.organisation': '=HYPERLINK("x")' };
    expect(registrationCsv(assess(q, tricky))).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
