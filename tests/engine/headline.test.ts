import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { headline } from '../../src/engine/headline.ts';
import { acceptanceCases, caseAnswers, euAiAct } from './load.ts';
import { mulberry32, randomJourney } from './random-journeys.ts';

const questionnaire = euAiAct();

describe('headline() for lists', () => {
  it('says what the full assessment says (tier, provisional, complete, title), finished or not', () => {
    const next = mulberry32(11);
    const sets = [
      ...acceptanceCases().map(({ id }) => caseAnswers(questionnaire, id)),
      ...Array.from({ length: 300 }, (_, i) => randomJourney(questionnaire, next, { avoidExits: i % 2 === 0 })),
    ];
    // Half-finished work: the first few answers of each.
    const partial = sets.map((a) => Object.fromEntries(Object.entries(a).slice(0, 3)));
    for (const answers of [...sets, ...partial]) {
      const full = assess(questionnaire, answers);
      expect(headline(questionnaire, answers)).toEqual({ tier: full.outcome.tier, provisional: full.outcome.provisional, complete: full.complete, title: full.outcome.title });
    }
  }, 120_000);

  it('answers again from its cache for the same answers, whatever their key order', () => {
    const answers = caseAnswers(questionnaire, acceptanceCases()[0]!.id);
    const reordered = Object.fromEntries(Object.entries(answers).reverse());
    expect(headline(questionnaire, reordered)).toBe(headline(questionnaire, answers));
  });
});
