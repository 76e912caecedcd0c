import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { supplierQuestions } from '../../src/engine/supplier-journey.ts';
import { stepOf } from '../../src/machine/step-hash.ts';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import type { RequestSection } from '../../src/storage/assessment-file-schema.ts';
import { euAiAct } from '../engine/load.ts';
import { buyerAnswers, supplierAnswers } from './buyer.ts';

const questionnaire = euAiAct();
const buyer = buyerAnswers(questionnaire);
const request: RequestSection = {
  id: 'r1',
  assessmentId: 'a1',
  fingerprint: 'f'.repeat(64),
  questions: supplierQuestions(questionnaire, buyer).map((s) => s.id),
  message: '',
  organisation: 'City Library',
  reference: '',
  createdAt: '2026-12-01T10:00:00Z',
};
const wizard = (restored = { id: 'a1', answers: buyer }) => createActor(wizardMachine, { input: { questionnaire, restored } }).start();
const page = (actor: ReturnType<typeof wizard>) => stepOf(actor.getSnapshot());

describe('the supplier pages in the wizard', () => {
  it('open on the overview, then walk the requested questions to the reply, leaving the buyer\'s work alone', () => {
    const actor = wizard({ id: 'own', answers: {} });
    actor.send({ type: 'supplier.open', request, buyer });
    expect(page(actor)).toEqual({ kind: 'supplier', page: 'overview' });
    actor.send({ type: 'nav', step: { kind: 'supplier', page: 'reply' } });
    expect(page(actor)).toEqual({ kind: 'supplier', page: 'overview' });
    actor.send({ type: 'nav', step: { kind: 'supplier', page: 'ai.infers' } });
    const seen: string[] = [];
    for (let current = page(actor); current.kind === 'supplier' && current.page !== 'reply'; current = page(actor)) {
      seen.push(current.page);
      actor.send({ type: 'supplier.answer', questionId: current.page, value: supplierAnswers[current.page]! });
    }
    expect(seen).toEqual(Object.keys(supplierAnswers));
    expect(page(actor)).toEqual({ kind: 'supplier', page: 'reply' });
    expect(actor.getSnapshot().context.work).toEqual({ id: 'own', answers: {} });
  });

  it('ignores an answer to a question that is not on screen', () => {
    const actor = wizard();
    actor.send({ type: 'supplier.open', request, buyer });
    actor.send({ type: 'nav', step: { kind: 'supplier', page: 'ai.infers' } });
    actor.send({ type: 'supplier.answer', questionId: 'annex1.component', value: 'product' });
    const x = actor.getSnapshot().context.exchange;
    expect(x.mode === 'supplier' && x.answers).toEqual({});
  });
});

describe('a reply in the wizard', () => {
  it('changes nothing until accepted, then takes only the accepted answers', () => {
    const actor = wizard();
    actor.send({ type: 'reply.open', reply: { requestId: 'r1', assessmentId: 'a1', fingerprint: 'f'.repeat(64), supplier: 'MedTech AB', date: '2026-12-01' }, answers: supplierAnswers });
    expect(page(actor)).toEqual({ kind: 'compare' });
    actor.send({ type: 'nav', step: { kind: 'result' } });
    actor.send({ type: 'nav', step: { kind: 'compare' } });
    expect(page(actor)).toEqual({ kind: 'compare' });
    expect(actor.getSnapshot().context.work.answers).toEqual(buyer);
    actor.send({ type: 'reply.accept', questionIds: [] });
    expect(page(actor)).toEqual({ kind: 'compare' });
    actor.send({ type: 'reply.accept', questionIds: ['annex1.legislation', 'annex1.component'] });
    const { work, exchange } = actor.getSnapshot().context;
    expect(work.answers['annex1.legislation']).toEqual(['medical-devices']);
    expect(work.answers['annex1.component']).toBe('safety-component');
    expect(work.answers['annex1.third-party']).toBe('unknown');
    expect(exchange).toEqual({ mode: 'none' });
  });

  it('can be turned down, keeping the buyer\'s answers', () => {
    const actor = wizard();
    actor.send({ type: 'reply.open', reply: { requestId: 'r1', assessmentId: 'a1', fingerprint: 'f'.repeat(64), supplier: 'MedTech AB', date: '2026-12-01' }, answers: supplierAnswers });
    actor.send({ type: 'exchange.close' });
    expect(actor.getSnapshot().context.work.answers).toEqual(buyer);
    expect(page(actor).kind).not.toBe('compare');
  });
});
