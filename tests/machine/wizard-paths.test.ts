import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { canVisit, route } from '../../src/engine/journey.ts';
import { stepOf } from '../../src/machine/step-hash.ts';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';
import { expectEveryPathComplete, forwardPaths } from './forward-paths.ts';
import { serializeWizard, userEvents } from '../../src/testing/wizard-events.ts';

const questionnaire = loadFixture('wizard-small');
const input = { questionnaire, newId: () => 'fixed' };

describe('every path through the wizard (wizard-small fixture)', () => {
  const forward = forwardPaths(questionnaire);

  it('reaches the result on every answer combination, with every outcome of the fixture', () => {
    // One "answer" event per question on the route, no more, no fewer.
    expectEveryPathComplete(questionnaire, forward, (path, answers) => {
      expect(path.steps.filter((s) => s.event.type === 'answer').length).toBe(route(questionnaire, answers).steps.length);
    });
  });

  it('replays each path in a live actor to the same page at every step', () => {
    for (const path of forward.slice(0, 40)) {
      const actor = createActor(wizardMachine, { input }).start();
      for (const step of path.steps) {
        actor.send(step.event);
        expect(stepOf(actor.getSnapshot())).toEqual(stepOf(step.state));
      }
      expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'result' });
    }
  });

  const shortest = getShortestPaths(wizardMachine, { input, events: (s) => userEvents(s), serializeState: serializeWizard });

  it('never shows a question that the answers do not allow, with back and change in the mix', () => {
    expect(shortest.length).toBeGreaterThan(100);
    for (const path of shortest) {
      for (const { state } of path.steps.concat([{ state: path.state, event: { type: 'back' } }])) {
        const { question, work } = state.context;
        if (state.hasTag('question')) expect(canVisit(questionnaire, work.answers, question!)).toBe(true);
        if (state.hasTag('check') || state.hasTag('result')) expect(route(questionnaire, work.answers).current).toBeNull();
      }
    }
  });

  it('back then the same answer returns to the same page', () => {
    const onQuestions = shortest.filter((p) => p.state.hasTag('question') && !p.state.context.reviewing && p.state.context.question !== 'system.name').slice(0, 60);
    for (const path of onQuestions) {
      const actor = createActor(wizardMachine, { input }).start();
      path.steps.forEach((s) => actor.send(s.event));
      const before = actor.getSnapshot();
      actor.send({ type: 'back' });
      const previous = actor.getSnapshot().context.question!;
      actor.send({ type: 'answer', questionId: previous, value: before.context.work.answers[previous]! });
      expect(stepOf(actor.getSnapshot())).toEqual(stepOf(before));
    }
  });
});
