import { describe, expect, it } from 'vitest';
import { headlineFor } from '../../src/engine/classify.ts';
import { euAiAct } from './load.ts';
import { distinct, mulberry32, randomJourney, stratifiedJourneys } from './random-journeys.ts';

const questionnaire = euAiAct();

describe('the seeded generator behind the bench and the property tests', () => {
  it('spreads its values over all 32 bits: every bit and both parities about half the time, no repeats', () => {
    const next = mulberry32(1);
    const values = Array.from({ length: 20_000 }, next);
    expect(new Set(values).size).toBe(values.length);
    for (let bit = 0; bit < 32; bit++) {
      const ones = values.filter((v) => (v >>> bit) & 1).length / values.length;
      expect(ones, `bit ${bit}`).toBeGreaterThan(0.47);
      expect(ones, `bit ${bit}`).toBeLessThan(0.53);
    }
    // Small moduli, as used to pick an answer, are near uniform.
    for (const m of [2, 3, 5, 7]) {
      const counts = Array.from({ length: m }, (_, r) => values.filter((v) => v % m === r).length / values.length);
      for (const share of counts) expect(Math.abs(share - 1 / m)).toBeLessThan(0.02);
    }
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    const a = Array.from({ length: 5 }, mulberry32(7));
    expect(Array.from({ length: 5 }, mulberry32(7))).toEqual(a);
    expect(Array.from({ length: 5 }, mulberry32(8))).not.toEqual(a);
  });

  it('draws journeys that mostly differ from one another', () => {
    const next = mulberry32(3);
    const journeys = Array.from({ length: 200 }, () => randomJourney(questionnaire, next, { avoidExits: true }));
    expect(distinct(journeys)).toBeGreaterThan(190);
  });

  it('the stratified draw fills every stratum with distinct journeys and reaches every tier', () => {
    const tiers = new Set<string>();
    const strata = stratifiedJourneys(
      questionnaire,
      (answers) => {
        const h = headlineFor(questionnaire, answers);
        tiers.add(h.tier);
        return h;
      },
      100,
    );
    for (const [name, journeys] of Object.entries(strata)) {
      expect(journeys.length, name).toBe(100);
      expect(distinct(journeys), name).toBeGreaterThan(name === 'all' ? 50 : 90);
    }
    for (const a of strata['high-risk']) expect(headlineFor(questionnaire, a).tier).toBe('high');
    for (const a of strata.provisional) expect(headlineFor(questionnaire, a).provisional).toBe(true);
    expect([...tiers].sort()).toEqual(questionnaire.outcomes.map((o) => o.tier).sort());
  }, 60_000);
});
