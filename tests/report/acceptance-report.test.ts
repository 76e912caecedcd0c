import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { caseAnswers, caseIds, realQuestionnaire } from './acceptance.ts';
import { modelFor, section, sectionIds, textOf } from './report-helpers.ts';

/** From /work/shared/acceptance-cases.yaml: the tier, and whether the Art 27 FRIA must be listed. */
const EXPECTED: Record<string, { tier: string; fria: boolean }> = {
  'p01-school-admission': { tier: 'high', fria: true },
  'p02-shift-allocation': { tier: 'high', fria: false },
  'p03-tax-chatbot': { tier: 'limited', fria: false },
  'p04-voice-cloning': { tier: 'limited', fria: false },
  'p05-face-unlock': { tier: 'minimal', fria: false },
  'p06-debt-exploitation': { tier: 'unacceptable', fria: false },
  'p07-jobseeker-profiling': { tier: 'high', fria: true },
  'p08-asylum-examination': { tier: 'high', fria: true },
  'p09-gpai-api': { tier: 'gpai-model', fria: false },
  'p10-national-security': { tier: 'out-of-scope', fria: false },
  'p11-fee-spreadsheet': { tier: 'not-ai-system', fria: false },
  'p12-lift-safety': { tier: 'high', fria: false },
  'p13-rebranded-system': { tier: 'high', fria: false },
  'p14-library-recommender': { tier: 'minimal', fria: false },
  'p15-distributor': { tier: 'high', fria: false },
  'p16-retail-emotion': { tier: 'high', fria: false },
  'p17-private-social-housing': { tier: 'high', fria: true },
  'p18-narrow-task-no-profiling-unknown': { tier: 'high', fria: false },
};

const q = realQuestionnaire();

describe.each(caseIds())('report for acceptance case %s', (id) => {
  const answers = caseAnswers(id);
  const assessment = assess(q, answers);
  const expected = EXPECTED[id];

  it('renders the expected headline outcome on the cover and in the summary', async () => {
    const m = await modelFor(q, answers);
    expect(assessment.complete).toBe(true);
    if (expected) expect(assessment.outcome.tier).toBe(expected.tier);
    const cover = section(m, 'cover').blocks.find((b) => b.type === 'outcome');
    expect(cover).toMatchObject({ tier: assessment.outcome.tier, title: assessment.outcome.title });
    expect(textOf(section(m, 'summary').blocks)).toContain(assessment.outcome.title);
  });

  it('has the FRIA outline exactly when the FRIA applies', async () => {
    const m = await modelFor(q, answers);
    if (expected) expect(sectionIds(m).includes('fria')).toBe(expected.fria);
    if (sectionIds(m).includes('fria')) {
      const fields = section(m, 'fria').blocks.filter((b) => b.type === 'write-in');
      expect(fields).toHaveLength(6);
      expect(fields[0]).toMatchObject({ value: answers['system.purpose'] });
      expect(textOf(section(m, 'fria').blocks)).toMatch(/market surveillance authority/);
    }
  });

  it('lists the Annex IV technical documentation only for providers of high-risk systems', async () => {
    const m = await modelFor(q, answers);
    const providerOfHighRisk = assessment.outcome.tier === 'high' && assessment.roles.some((r) => r.role === 'provider');
    const docs = sectionIds(m).includes('documentation') ? textOf(section(m, 'documentation').blocks) : '';
    expect(docs.includes('Annex IV')).toBe(providerOfHighRisk);
  });

  it('lists every obligation of the assessment in the checklist, under its role', async () => {
    const m = await modelFor(q, answers);
    const checklist = textOf(section(m, 'obligations').blocks);
    for (const o of assessment.obligations) expect(checklist).toContain(o.title);
    const open = sectionIds(m).includes('open-questions');
    expect(open).toBe(assessment.uncertainties.length > 0);
  });
});

describe('acceptance files', () => {
  it('are all present', () => {
    expect(caseIds()).toEqual(Object.keys(EXPECTED));
  });
});

describe('what would change a provisional result', () => {
  it('says which answers would confirm it rather than repeating the same outcome', async () => {
    const answers = caseAnswers('p18-narrow-task-no-profiling-unknown');
    const text = textOf(section(await modelFor(q, answers), 'why').blocks);
    expect(text).toMatch(/High risk \(no longer provisional\)/);
    expect(text).toMatch(/Minimal risk/);
  });
});
