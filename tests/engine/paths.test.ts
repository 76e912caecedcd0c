import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { walkPaths } from '../../src/engine/paths.ts';
import { expectWellFormed } from './well-formed.ts';
import { euAiAct } from './load.ts';

const questionnaire = euAiAct();

describe('every path through the question graph', () => {
  it('walks every question and every answer choice, and each path ends in one well-formed assessment', () => {
    const tiers = new Set<string>();
    const walk = walkPaths(questionnaire, (answers) => {
      const a = assess(questionnaire, answers);
      expectWellFormed(a);
      tiers.add(a.outcome.tier);
    });
    console.info(
      `path walk: ${walk.paths} paths, ${walk.states} distinct states, ${walk.edges} answer choices tried, ${walk.leaves} complete answer sets assessed`,
    );
    expect(walk.paths).toBeGreaterThan(1_000_000n);
    // Every question is met on some path.
    expect(questionnaire.questions.map((q) => q.id).filter((id) => !walk.questions.has(id))).toEqual([]);
    expect(tiers.size).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
