/** Every forward way through the wizard (no back, no change) to the result, and what each must reach. */
import { expect } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { assess } from '../../src/engine/assess.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { serializeWizard, userEvents } from '../../src/testing/wizard-events.ts';

export function forwardPaths(questionnaire: Questionnaire) {
  return getSimplePaths(wizardMachine, {
    input: { questionnaire, newId: () => 'fixed' },
    events: (s) => userEvents(s, { backAndChange: false }),
    serializeState: serializeWizard,
    toState: (s) => s.hasTag('result'),
  });
}

type Path = ReturnType<typeof forwardPaths>[number];

/**
 * Each path ends on a complete assessment, the paths together reach every outcome of the fixture,
 * and `check` pins how many submissions each path took for its answers.
 */
export function expectEveryPathComplete(questionnaire: Questionnaire, paths: Path[], check: (path: Path, answers: Answers) => void): void {
  expect(paths.length).toBeGreaterThan(20);
  const tiers = new Set<string>();
  for (const path of paths) {
    const { work } = path.state.context;
    const assessment = assess(questionnaire, work.answers);
    expect(assessment.complete).toBe(true);
    tiers.add(assessment.outcome.tier);
    check(path, work.answers);
  }
  expect([...tiers].sort()).toEqual(['high', 'limited', 'minimal', 'out-of-scope']);
}
