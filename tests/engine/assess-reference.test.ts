import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { headlineFor } from '../../src/engine/classify.ts';
import { compile } from '../../src/engine/compile.ts';
import { dependents } from '../../src/engine/dependents.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { acceptanceCases, caseAnswers, euAiAct } from './load.ts';
import { mulberry32, randomJourney, stratifiedJourneys } from './random-journeys.ts';
import { referenceAssess } from './reference-engine.ts';

const questionnaire = euAiAct();

/** The first `n` answers of a journey, in the order they were given: a journey under way. */
const firstAnswers = (answers: Answers, n: number): Answers => Object.fromEntries(Object.entries(answers).slice(0, n));

describe('assess() gives exactly the Assessment of the plain reference engine', () => {
  it('for every acceptance case', () => {
    for (const { id } of acceptanceCases()) {
      const answers = caseAnswers(questionnaire, id);
      expect(assess(questionnaire, answers), id).toEqual(referenceAssess(questionnaire, answers));
    }
  });

  it('over thousands of seeded random journeys (a thousand finished, a thousand under way)', () => {
    const next = mulberry32(20261202);
    const tiers = new Set<string>();
    let withChanges = 0;
    for (let i = 0; i < 1000; i++) {
      const answers = randomJourney(questionnaire, next, { avoidExits: i % 2 === 1 });
      const fast = assess(questionnaire, answers);
      expect(fast).toEqual(referenceAssess(questionnaire, answers));
      tiers.add(fast.outcome.tier);
      if (fast.whatWouldChange.length > 0) withChanges++;
      const partial = firstAnswers(answers, next() % (Object.keys(answers).length + 1));
      expect(assess(questionnaire, partial)).toEqual(referenceAssess(questionnaire, partial));
    }
    // The journeys reach the different outcomes, and most have something that would change them.
    expect(tiers.size).toBeGreaterThanOrEqual(5);
    expect(withChanges).toBeGreaterThan(500);
  }, 600_000);

  it('over the benchmark\'s high-risk journeys', () => {
    const highRisk = stratifiedJourneys(questionnaire, (answers) => headlineFor(questionnaire, answers), 300)['high-risk'];
    expect(highRisk).toHaveLength(300);
    for (const answers of highRisk) expect(assess(questionnaire, answers)).toEqual(referenceAssess(questionnaire, answers));
  }, 600_000);

  it('when "what would change" must walk the whole route again (route conditions that read later questions)', () => {
    const copy = structuredClone(questionnaire);
    Object.assign(dependents(compile(copy)), { routeReadsEarlier: false });
    const next = mulberry32(11);
    for (let i = 0; i < 200; i++) {
      const answers = randomJourney(copy, next, { avoidExits: true });
      expect(assess(copy, answers)).toEqual(referenceAssess(copy, answers));
    }
  }, 300_000);
});
