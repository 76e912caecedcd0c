// @vitest-environment node
/**
 * Issue 11: "I don't know" on the Annex III areas is narrowed by one question on what the system
 * does. Each answer opens only the area questions that can apply; "I don't know" opens them all;
 * and every high-risk use of Annex III stays reachable and gives the same result as naming its area.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { route } from '../../src/engine/journey.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { euAiAct } from '../engine/load.ts';

const q = euAiAct();
const parsed = parseAssessmentFile(readFileSync(join(import.meta.dirname, '17-03-high-public-deployer-fria.json'), 'utf8'), q);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const { 'annex3.areas': _areas, 'annex3.employment': _employment, ...base } = parsed.answers;

/** The area questions and the area each belongs to. */
const AREA_OF: Record<string, string> = {
  'annex3.biometrics': 'biometrics',
  'annex3.critical-infrastructure': 'critical-infrastructure',
  'annex3.education': 'education',
  'annex3.employment': 'employment',
  'annex3.services': 'essential-services',
  'annex3.law-enforcement': 'law-enforcement',
  'annex3.migration': 'migration',
  'annex3.justice': 'justice-democracy',
};
const areaQuestions = Object.keys(AREA_OF);
const PEOPLE = ['annex3.education', 'annex3.employment', 'annex3.services', 'annex3.law-enforcement', 'annex3.migration', 'annex3.justice'];
const NARROWED: Record<string, string[]> = {
  'biometric-data': ['annex3.biometrics'],
  infrastructure: ['annex3.critical-infrastructure'],
  'people-education': ['annex3.education'],
  'people-work': ['annex3.employment'],
  'people-services': ['annex3.services'],
  'people-police': ['annex3.law-enforcement'],
  'people-migration': ['annex3.migration'],
  'people-justice': ['annex3.justice'],
  'people-other': PEOPLE,
  none: [],
  unknown: areaQuestions,
};

/** Every area question answered "none of these" / "no", so the route shows which of them are asked. */
const noUse: Answers = Object.fromEntries(areaQuestions.map((id) => [id, id === 'annex3.critical-infrastructure' ? 'no' : ['none']]));
const asked = (answers: Answers) => route(q, answers).steps.filter((id) => areaQuestions.includes(id));

describe('the narrowing question when the Annex III areas are not known (issue 11)', () => {
  it('is asked only when the areas are "I don\'t know", on a page of its own', () => {
    expect(route(q, { ...base, 'annex3.areas': ['unknown'] }).current).toBe('annex3.narrowing');
    expect(route(q, { ...base, 'annex3.areas': ['education'] }).current).toBe('annex3.education');
    expect(route(q, { ...base, 'annex3.areas': ['none'] }).steps).not.toContain('annex3.narrowing');
    const narrowing = q.questions.find((x) => x.id === 'annex3.narrowing');
    expect(narrowing?.page).toBeDefined();
    expect(q.questions.filter((x) => x.page === narrowing?.page).map((x) => x.id)).toEqual(['annex3.narrowing']);
  });

  it.each(Object.entries(NARROWED))('"%s" opens only the area questions that can apply', (value, expected) => {
    const answers = { ...base, 'annex3.areas': ['unknown'], 'annex3.narrowing': [value], ...noUse };
    expect(asked(answers)).toEqual(expected);
  });

  it('a known area still opens its own question, whatever was answered to the narrowing question before', () => {
    for (const [id, area] of Object.entries(AREA_OF)) {
      expect(asked({ ...base, 'annex3.areas': [area], 'annex3.narrowing': ['none'], ...noUse })).toEqual([id]);
    }
  });

  it('every high-risk use of Annex III is reachable through the narrowing question and gives the result that naming its area gives', () => {
    let checked = 0;
    for (const [id, area] of Object.entries(AREA_OF)) {
      const question = q.questions.find((x) => x.id === id)!;
      if (question.type !== 'single' && question.type !== 'multi') throw new Error(id);
      for (const option of question.options.filter((o) => o.cites?.length)) {
        const use = question.type === 'multi' ? [option.value] : option.value;
        const known = assess(q, { ...base, ...noUse, 'annex3.areas': [area], [id]: use });
        const openers = Object.entries(NARROWED).filter(([, opens]) => opens.includes(id)).map(([value]) => value);
        expect(openers.filter((v) => v !== 'unknown').length, id).toBeGreaterThan(0);
        for (const value of openers) {
          const narrowed = assess(q, { ...base, ...noUse, 'annex3.areas': ['unknown'], 'annex3.narrowing': [value], [id]: use });
          expect({ id, option: option.value, value, tier: narrowed.outcome.tier, routes: narrowed.routes.map((r) => r.cite) })
            .toEqual({ id, option: option.value, value, tier: known.outcome.tier, routes: known.routes.map((r) => r.cite) });
          expect(narrowed.outcome.tier, `${id} ${option.value}`).toBe('high');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
