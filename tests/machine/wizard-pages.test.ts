import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { canVisit, route } from '../../src/engine/journey.ts';
import { pageQuestions, pagesOnRoute } from '../../src/engine/pages.ts';
import { stepOf } from '../../src/machine/step-hash.ts';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';
import { expectEveryPathComplete, forwardPaths } from './forward-paths.ts';
import { serializeWizard, userEvents } from '../../src/testing/wizard-events.ts';

// The small fixture with three pages of two questions: about (two texts), uses
// (areas, then profiling when the areas call for it), transparency (chatbot, notes).
const questionnaire = loadFixture('wizard-pages');
const input = { questionnaire, newId: () => 'fixed' };
const wizard = () => createActor(wizardMachine, { input }).start();
const page = (actor: ReturnType<typeof wizard>) => stepOf(actor.getSnapshot());

describe('pages of several questions (wizard-pages fixture)', () => {
  it('asks the questions of a page together and moves on only when every question shown has an answer', () => {
    const actor = wizard();
    actor.send({ type: 'start' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
    actor.send({ type: 'answerPage', answers: { 'system.name': 'Pupil allocation' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
    actor.send({ type: 'answerPage', answers: { 'system.name': 'Pupil allocation', 'system.organisation': 'Region North' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'scope.military' });
  });

  it('shows a question that depends on the page as soon as its answer is chosen, and refuses answers from another page', () => {
    const base = { 'system.name': 'A', 'system.organisation': 'B', 'scope.military': 'no' };
    expect(pageQuestions(questionnaire, base, 'uses.areas')).toEqual(['uses.areas']);
    expect(pageQuestions(questionnaire, { ...base, 'uses.areas': ['education'] }, 'uses.areas')).toEqual(['uses.areas', 'uses.profiling']);
    expect(pageQuestions(questionnaire, { ...base, 'uses.areas': ['none'] }, 'uses.areas')).toEqual(['uses.areas']);
    const actor = createActor(wizardMachine, { input: { ...input, restored: { id: 'w', answers: base } } }).start();
    actor.send({ type: 'resume' });
    actor.send({ type: 'answerPage', answers: { 'uses.areas': ['education'] } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'uses.areas' });
    actor.send({ type: 'answerPage', answers: { 'uses.areas': ['education'], 'uses.profiling': 'yes', 'transparency.chatbot': 'no' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'uses.areas' });
    actor.send({ type: 'answerPage', answers: { 'uses.areas': ['education'], 'uses.profiling': 'yes' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'transparency.chatbot' });
  });

  it('opens the page that holds a question asked for by address or by "change"', () => {
    const answers = { 'system.name': 'A', 'system.organisation': 'B', 'scope.military': 'no', 'uses.areas': ['none'], 'transparency.chatbot': 'no', 'transparency.notes': '' };
    const actor = createActor(wizardMachine, { input: { ...input, restored: { id: 'w', answers } } }).start();
    actor.send({ type: 'nav', step: { kind: 'question', id: 'system.organisation' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
    actor.send({ type: 'nav', step: { kind: 'check' } });
    actor.send({ type: 'change', questionId: 'transparency.notes' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'transparency.chatbot' });
  });

  const forward = forwardPaths(questionnaire);

  it('reaches the result on every way of filling in the pages, one submission per page', () => {
    expectEveryPathComplete(questionnaire, forward, (path, answers) => {
      const submitted = path.steps.filter((s) => s.event.type === 'answer' || s.event.type === 'answerPage').length;
      expect(submitted).toBe(pagesOnRoute(questionnaire, answers));
      expect(submitted).toBeLessThan(route(questionnaire, answers).steps.length);
    });
  });

  const shortest = getShortestPaths(wizardMachine, { input, events: (s) => userEvents(s), serializeState: serializeWizard });

  it('never shows a page the answers do not allow, with back and change in the mix, and an answer left on a page never counts once hidden', () => {
    expect(shortest.length).toBeGreaterThan(50);
    for (const path of shortest) {
      for (const { state } of path.steps) {
        const { question, work } = state.context;
        if (state.hasTag('question')) expect(canVisit(questionnaire, work.answers, question!)).toBe(true);
        if (state.hasTag('check') || state.hasTag('result')) expect(route(questionnaire, work.answers).current).toBeNull();
        const { relevant } = route(questionnaire, work.answers);
        if (relevant['uses.areas'] && !['education', 'employment', 'unknown'].some((a) => (relevant['uses.areas'] as string[]).includes(a))) {
          expect(relevant).not.toHaveProperty('uses.profiling');
        }
      }
    }
  });

  it('back then the same answers returns to the same page', () => {
    const onPages = shortest.filter((p) => p.state.hasTag('question') && !p.state.context.reviewing && p.state.context.question !== 'system.name').slice(0, 40);
    expect(onPages.length).toBeGreaterThan(3);
    for (const path of onPages) {
      const actor = wizard();
      path.steps.forEach((s) => actor.send(s.event));
      const before = actor.getSnapshot();
      actor.send({ type: 'back' });
      const previous = actor.getSnapshot().context.question!;
      const answers = before.context.work.answers;
      const given = Object.fromEntries(pageQuestions(questionnaire, answers, previous).map((id) => [id, answers[id]!]));
      actor.send({ type: 'answerPage', answers: given });
      expect(stepOf(actor.getSnapshot())).toEqual(stepOf(before));
    }
  });
});
