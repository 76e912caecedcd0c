import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import { stepOf } from '../../src/machine/step-hash.ts';
import { autosaveLogic } from '../../src/machine/autosave-actor.ts';
import type { Work } from '../../src/machine/types.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';

const questionnaire = loadFixture('wizard-small');
let n = 0;
const newId = () => `id-${++n}`;

function wizard(restored?: Work) {
  return createActor(wizardMachine, { input: { questionnaire, restored: restored ?? null, newId } }).start();
}
const page = (actor: ReturnType<typeof wizard>) => stepOf(actor.getSnapshot());

describe('wizard machine', () => {
  it('starts on the start page and opens the first question', () => {
    const actor = wizard();
    expect(page(actor)).toEqual({ kind: 'start' });
    actor.send({ type: 'start' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
  });

  it('moves to the next question only when the answer fits the question', () => {
    const actor = wizard();
    actor.send({ type: 'start' });
    actor.send({ type: 'answer', questionId: 'system.name', value: '' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
    actor.send({ type: 'answer', questionId: 'system.name', value: 'Chatbot' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.organisation' });
  });

  it('skips a question whose condition is not met and asks it when it is', () => {
    const actor = wizard({ id: 'w', answers: { 'system.name': 'A', 'system.organisation': 'B', 'scope.military': 'no' } });
    actor.send({ type: 'resume' });
    actor.send({ type: 'answer', questionId: 'uses.areas', value: ['none'] });
    expect(page(actor)).toEqual({ kind: 'question', id: 'transparency.chatbot' });
    actor.send({ type: 'back' });
    actor.send({ type: 'answer', questionId: 'uses.areas', value: ['employment'] });
    expect(page(actor)).toEqual({ kind: 'question', id: 'uses.profiling' });
  });

  it('ends the questions early when an exit rule becomes certain', () => {
    const actor = wizard({ id: 'w', answers: { 'system.name': 'A', 'system.organisation': 'B' } });
    actor.send({ type: 'resume' });
    actor.send({ type: 'answer', questionId: 'scope.military', value: 'yes' });
    expect(page(actor)).toEqual({ kind: 'check' });
  });

  it('goes back question by question and then to the start page', () => {
    const actor = wizard({ id: 'w', answers: { 'system.name': 'A' } });
    actor.send({ type: 'resume' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.organisation' });
    actor.send({ type: 'back' });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.name' });
    actor.send({ type: 'back' });
    expect(page(actor)).toEqual({ kind: 'start' });
  });

  it('returns to check your answers after a change that opens no new question', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.high });
    actor.send({ type: 'resume' });
    expect(page(actor)).toEqual({ kind: 'check' });
    actor.send({ type: 'change', questionId: 'system.name' });
    actor.send({ type: 'answer', questionId: 'system.name', value: 'Renamed' });
    expect(page(actor)).toEqual({ kind: 'check' });
    expect(actor.getSnapshot().context.work.answers['system.name']).toBe('Renamed');
  });

  it('asks the newly opened question before returning to check your answers', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.minimal });
    actor.send({ type: 'resume' });
    actor.send({ type: 'change', questionId: 'uses.areas' });
    actor.send({ type: 'answer', questionId: 'uses.areas', value: ['education'] });
    expect(page(actor)).toEqual({ kind: 'question', id: 'uses.profiling' });
    actor.send({ type: 'answer', questionId: 'uses.profiling', value: 'yes' });
    expect(page(actor)).toEqual({ kind: 'check' });
  });

  it('refuses a deep link that would skip questions and shows the first open question instead', () => {
    const actor = wizard({ id: 'w', answers: { 'system.name': 'A' } });
    actor.send({ type: 'nav', step: { kind: 'question', id: 'transparency.chatbot' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.organisation' });
    actor.send({ type: 'nav', step: { kind: 'result' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'system.organisation' });
  });

  it('lets a deep link open an answered question and the result when all is answered', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.limited });
    actor.send({ type: 'nav', step: { kind: 'question', id: 'scope.military' } });
    expect(page(actor)).toEqual({ kind: 'question', id: 'scope.military' });
    actor.send({ type: 'nav', step: { kind: 'result' } });
    expect(page(actor)).toEqual({ kind: 'result' });
  });

  it('start again gives a new blank assessment with its own id', () => {
    const actor = wizard({ id: 'old', answers: smallAnswers.high });
    actor.send({ type: 'reset' });
    actor.send({ type: 'start' });
    const { work } = actor.getSnapshot().context;
    expect(work.answers).toEqual({});
    expect(work.id).not.toBe('old');
  });

  it('keeps the current work when an imported file is invalid', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.high });
    actor.send({ type: 'resume' });
    actor.send({ type: 'import.parsed', fileName: 'x.json', result: { ok: false, errors: ['not JSON'] } });
    const s = actor.getSnapshot();
    expect(s.context.importState).toEqual({ status: 'error', fileName: 'x.json', errors: ['not JSON'] });
    expect(s.context.work.answers).toEqual(smallAnswers.high);
  });

  it('forgets an import error or an unanswered replace question when the user leaves the page', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.high });
    actor.send({ type: 'import.parsed', fileName: 'x.json', result: { ok: false, errors: ['not JSON'] } });
    actor.send({ type: 'nav', step: { kind: 'saved' } });
    expect(actor.getSnapshot().context.importState.status).toBe('idle');
    actor.send({ type: 'import.parsed', fileName: 'f.json', result: { ok: true, answers: smallAnswers.limited, warnings: [] } });
    actor.send({ type: 'nav', step: { kind: 'check' } });
    expect(actor.getSnapshot().context.importState.status).toBe('idle');
    expect(actor.getSnapshot().context.work.answers).toEqual(smallAnswers.high);
  });

  it('asks before a valid file replaces the current work, and does nothing on "no"', () => {
    const actor = wizard({ id: 'w', answers: smallAnswers.high });
    actor.send({ type: 'resume' });
    actor.send({ type: 'import.parsed', fileName: 'f.json', result: { ok: true, answers: smallAnswers.limited, warnings: [] } });
    expect(actor.getSnapshot().context.work.answers).toEqual(smallAnswers.high);
    actor.send({ type: 'import.cancel' });
    expect(actor.getSnapshot().context.importState.status).toBe('idle');
    actor.send({ type: 'import.parsed', fileName: 'f.json', result: { ok: true, answers: smallAnswers.limited, warnings: ['uses.areas: check'] } });
    actor.send({ type: 'import.confirm' });
    const s = actor.getSnapshot();
    expect(s.context.work.answers).toEqual(smallAnswers.limited);
    expect(s.context.review).toEqual(['uses.areas: check']);
    expect(stepOf(s)).toEqual({ kind: 'check' });
  });

  it('autosaves every answer through the autosave actor and reports a full storage', async () => {
    const saved: Work[] = [];
    const machine = wizardMachine.provide({ actors: { autosave: autosaveLogic((work) => (saved.push(work), 'full')) } });
    const actor = createActor(machine, { input: { questionnaire, newId } }).start();
    actor.send({ type: 'start' });
    actor.send({ type: 'answer', questionId: 'system.name', value: 'Saved name' });
    await vi.waitFor(() => expect(saved.at(-1)?.answers['system.name']).toBe('Saved name'));
    await vi.waitFor(() => expect(actor.getSnapshot().context.storage).toBe('full'));
  });

  it('calls the export action with the current answers', () => {
    const exportFile = vi.fn();
    const actor = createActor(wizardMachine.provide({ actions: { exportFile: ({ context }) => exportFile(context.work.answers) } }), {
      input: { questionnaire, restored: { id: 'w', answers: smallAnswers.minimal }, newId },
    }).start();
    actor.send({ type: 'export' });
    expect(exportFile).toHaveBeenCalledWith(smallAnswers.minimal);
  });
});
