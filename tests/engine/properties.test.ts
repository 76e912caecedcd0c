import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { route } from '../../src/engine/journey.ts';
import { euAiAct } from './load.ts';
import { journeyFrom, seedsArb } from './random-journeys.ts';
import { expectWellFormed } from './well-formed.ts';

const questionnaire = euAiAct();
const runs = { numRuns: 1000, seed: 20261125 };

describe('random answer sets', () => {
  it('never throw and always give a well-formed assessment; together they fire every rule', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(seedsArb, (seeds) => {
        const a = assess(questionnaire, journeyFrom(questionnaire, seeds));
        expectWellFormed(a);
        for (const r of a.rules) fired.add(r.id);
      }),
      { ...runs, numRuns: 2500 },
    );
    // The open-source exclusion needs a rare combination of answers; scope.test.ts covers it.
    const never = questionnaire.rules.map((r) => r.id).filter((id) => !fired.has(id) && id !== 'scope-excl-foss');
    expect(never).toEqual([]);
  }, 120_000);

  it('adding a certain Art 5 "yes" always makes the outcome unacceptable', () => {
    fc.assert(
      fc.property(seedsArb, (seeds) => {
        const base = journeyFrom(questionnaire, seeds);
        if (!route(questionnaire, base).steps.includes('art5.screen')) return;
        const banned = { ...base, 'art5.screen': ['face-scraping'] };
        const a = assess(questionnaire, banned);
        expect(a.outcome.tier).toBe('unacceptable');
        expect(a.outcome.provisional).toBe(false);
        expect(a.outcome.decidedBy.map((r) => r.id)).toContain('art5-1-e');
      }),
      runs,
    );
  }, 120_000);

  it('a narrower scope never adds obligations: an exclusion leaves none', () => {
    fc.assert(
      fc.property(seedsArb, fc.constantFrom('scope.military', 'scope.research', 'scope.pre-market'), (seeds, exclusion) => {
        const base = journeyFrom(questionnaire, seeds);
        if (!route(questionnaire, base).steps.includes(exclusion)) return;
        const before = assess(questionnaire, base);
        const after = assess(questionnaire, { ...base, [exclusion]: 'yes' });
        expect(after.outcome.tier).toBe('out-of-scope');
        expect(after.obligations.filter((o) => !after.modelOutcome || o.group !== 'gpai')).toEqual([]);
        expect(after.obligations.length).toBeLessThanOrEqual(before.obligations.length);
      }),
      runs,
    );
  }, 120_000);

  it('"I don\'t know" never resolves to the lenient side: replacing a known answer with unknown never lowers the tier', () => {
    const rank = (t: string) => ['minimal', 'limited', 'gpai-model', 'high', 'unacceptable'].indexOf(t);
    fc.assert(
      fc.property(seedsArb, fc.nat(), (seeds, pick) => {
        const base = journeyFrom(questionnaire, seeds);
        const before = assess(questionnaire, base);
        if (rank(before.outcome.tier) < 0) return;
        const steps = route(questionnaire, base).steps.filter((id) => {
          const q = questionnaire.questions.find((x) => x.id === id)!;
          return 'unknown' in q && q.unknown && (q.section === 'prohibited' || q.section === 'use-cases' || q.section === 'derogation' || q.section === 'product-safety');
        });
        if (steps.length === 0) return;
        const id = steps[pick % steps.length]!;
        const q = questionnaire.questions.find((x) => x.id === id)!;
        const changed = { ...base, [id]: q.type === 'multi' ? ['unknown'] : 'unknown' };
        const after = assess(questionnaire, changed);
        if (!after.complete) return; // further questions would decide
        expect(rank(after.outcome.tier)).toBeGreaterThanOrEqual(rank(before.outcome.tier));
      }),
      runs,
    );
  }, 120_000);

  it('answers to questions that a change made irrelevant do not influence the result', () => {
    fc.assert(
      fc.property(seedsArb, seedsArb, (seeds, other) => {
        const base = journeyFrom(questionnaire, seeds);
        const stale = journeyFrom(questionnaire, other);
        const r = route(questionnaire, base);
        const hidden = Object.fromEntries(Object.entries(stale).filter(([id]) => !(id in r.relevant)));
        const a = assess(questionnaire, base);
        const b = assess(questionnaire, { ...hidden, ...base });
        if (route(questionnaire, { ...hidden, ...base }).steps.length !== r.steps.length) return;
        expect(b).toEqual(a);
      }),
      runs,
    );
  }, 120_000);
});
