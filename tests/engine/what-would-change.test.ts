import { describe, expect, it } from 'vitest';
import { assessCore, headlineFor } from '../../src/engine/classify.ts';
import { whatWouldChange, whatWouldChangeWith } from '../../src/engine/what-would-change.ts';
import { acceptanceCases, caseAnswers, euAiAct } from './load.ts';
import { mulberry32, randomJourney } from './random-journeys.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { compile } from '../../src/engine/compile.ts';
import { dependents } from '../../src/engine/dependents.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';

const questionnaire = euAiAct();

/** The oracle: every alternative re-classified from scratch. */
function byReclassifying(answers: Answers, q: Questionnaire = questionnaire) {
  const core = assessCore(q, answers);
  return whatWouldChangeWith(q, core, (id, value) => headlineFor(q, { ...core.relevant, [id]: value }));
}

describe('"what would change", judged incrementally', () => {
  it('gives exactly the changes of a full re-classification for every acceptance case', () => {
    for (const { id } of acceptanceCases()) {
      const answers = caseAnswers(questionnaire, id);
      expect(whatWouldChange(questionnaire, assessCore(questionnaire, answers)), id).toEqual(byReclassifying(answers));
    }
  });

  it('gives exactly the changes of a full re-classification over thousands of random journeys', () => {
    const next = mulberry32(20261201);
    let compared = 0;
    let withChanges = 0;
    for (let i = 0; i < 2000; i++) {
      const answers = randomJourney(questionnaire, next, { avoidExits: i % 2 === 1 });
      const incremental = whatWouldChange(questionnaire, assessCore(questionnaire, answers));
      expect(incremental).toEqual(byReclassifying(answers));
      compared++;
      if (incremental.length > 0) withChanges++;
    }
    expect(compared).toBe(2000);
    // The comparison is not empty: most journeys have something that would change them.
    expect(withChanges).toBeGreaterThan(1000);
  }, 300_000);

  it('gives the same changes when it must walk the whole route again (route conditions that read later questions)', () => {
    // A copy of the questionnaire whose index says its route conditions may read later questions.
    const copy = structuredClone(questionnaire);
    Object.assign(dependents(compile(copy)), { routeReadsEarlier: false });
    const next = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const answers = randomJourney(copy, next, { avoidExits: true });
      expect(whatWouldChange(copy, assessCore(copy, answers))).toEqual(byReclassifying(answers, copy));
    }
  }, 120_000);
});
