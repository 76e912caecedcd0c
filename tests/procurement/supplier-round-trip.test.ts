import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { compareReply, mergeAnswers } from '../../src/engine/compare-answers.ts';
import { supplierQuestions, supplierRoute } from '../../src/engine/supplier-journey.ts';
import { parseSupplierReply, serializeSupplierReply } from '../../src/storage/supplier-reply.ts';
import { fileKind, parseSupplierRequest, serializeSupplierRequest } from '../../src/storage/supplier-request.ts';
import { euAiAct } from '../engine/load.ts';
import { buyerAnswers, supplierAnswers } from './buyer.ts';

const q = euAiAct();
const buyer = buyerAnswers(q);
const work = { id: 'assessment-1', answers: buyer };
const input = { message: 'Please answer these questions.', organisation: 'City Library', reference: 'PROC-2026-17' };
const now = new Date('2026-12-01T10:00:00Z');

async function roundTrip() {
  const requestText = await serializeSupplierRequest(q, work.id, buyer, input, 'request-1', now);
  const opened = await parseSupplierRequest(requestText, q);
  if (!opened.ok) throw new Error(opened.errors.join('; '));
  const r = supplierRoute(q, opened.answers, opened.request.questions, supplierAnswers);
  return { requestText, opened, replyText: serializeSupplierReply(q, opened.request, r.relevant, 'MedTech AB', now) };
}

describe('which questions are the supplier\'s', () => {
  it('are those the questionnaire marks askSupplier, and the buyer\'s "I don\'t know" answers, in questionnaire order', () => {
    const asked = supplierQuestions(q, buyer);
    const marked = q.questions.filter((x) => x.askSupplier).map((x) => x.id);
    expect(asked.filter((s) => s.reason === 'provider').map((s) => s.id)).toEqual(marked);
    expect(asked.find((s) => s.id === 'annex1.component')).toEqual({ id: 'annex1.component', reason: 'provider', onRoute: true });
    expect(asked.find((s) => s.id === 'gpai.compute')?.onRoute).toBe(false);
  });

  it('include an "I don\'t know" the questionnaire does not mark', () => {
    const unsure = { ...buyer, 'annex3.areas': ['unknown'] };
    expect(supplierQuestions(q, unsure).find((s) => s.id === 'annex3.areas')).toEqual({ id: 'annex3.areas', reason: 'unknown', onRoute: true });
  });

  it('are asked of the supplier one after another on the route its own answers open', () => {
    const requested = supplierQuestions(q, buyer).map((s) => s.id);
    expect(supplierRoute(q, buyer, requested, {}).current).toBe('ai.infers');
    const partway = supplierRoute(q, buyer, requested, { 'ai.infers': 'machine-learning', 'annex1.legislation': ['none'] });
    expect(partway.steps).toEqual(['ai.infers', 'annex1.legislation']);
    // "None of these" closes the Annex I follow-ups: the next requested question is further on.
    expect(partway.current).not.toMatch(/^annex1\./);
    const done = supplierRoute(q, buyer, requested, supplierAnswers);
    expect(done.current).toBeNull();
    expect(Object.keys(done.relevant)).toEqual(Object.keys(supplierAnswers));
  });
});

describe('the request and the reply files', () => {
  it('carry the request to the supplier and the reply back', async () => {
    const { requestText, opened, replyText } = await roundTrip();
    expect(fileKind(requestText)).toBe('request');
    expect(fileKind(replyText)).toBe('reply');
    expect(opened.request).toMatchObject({ id: 'request-1', assessmentId: 'assessment-1', organisation: 'City Library', reference: 'PROC-2026-17' });
    expect(opened.answers).toEqual(buyer);
    const reply = await parseSupplierReply(replyText, q, work);
    expect(reply.ok && reply.reply).toMatchObject({ requestId: 'request-1', supplier: 'MedTech AB', date: '2026-12-01' });
    expect(reply.ok && reply.answers).toEqual(supplierAnswers);
  });

  it('refuses a request whose answers were changed after it was made', async () => {
    const data = JSON.parse((await roundTrip()).requestText) as { answers: Record<string, unknown> };
    data.answers['org.type'] = 'private';
    const text = JSON.stringify(data);
    expect(await parseSupplierRequest(text, q)).toMatchObject({ ok: false, problem: 'fingerprint' });
  });

  it('refuses a reply for another assessment', async () => {
    const { replyText } = await roundTrip();
    expect(await parseSupplierReply(replyText, q, { ...work, id: 'assessment-2' })).toMatchObject({ ok: false, problem: 'other-assessment' });
  });

  it('refuses a reply with a wrong fingerprint, or made for answers the buyer has changed since', async () => {
    const { replyText } = await roundTrip();
    const data = JSON.parse(replyText) as { reply: { fingerprint: string } };
    data.reply.fingerprint = '0'.repeat(64);
    expect(await parseSupplierReply(JSON.stringify(data), q, work)).toMatchObject({ ok: false, problem: 'fingerprint' });
    expect(await parseSupplierReply(replyText, q, { ...work, answers: { ...buyer, 'system.name': 'Renamed' } })).toMatchObject({ ok: false, problem: 'fingerprint' });
  });

  it('refuses answers that do not fit their questions, and answers to questions not asked', async () => {
    const { replyText } = await roundTrip();
    const data = JSON.parse(replyText) as { answers: Record<string, unknown> };
    data.answers['annex1.component'] = 'a-spaceship';
    const misfit = await parseSupplierReply(JSON.stringify(data), q, work);
    expect(misfit).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!misfit.ok && misfit.errors.join(' ')).toContain('answers.annex1.component');
    const extra = JSON.parse(replyText) as { answers: Record<string, unknown> };
    extra.answers['org.type'] = 'private';
    expect(await parseSupplierReply(JSON.stringify(extra), q, work)).toMatchObject({ ok: false, problem: 'not-asked', errors: ['answers.org.type'] });
  });

  it('refuses a reply from a newer questionnaire version', async () => {
    const { replyText } = await roundTrip();
    const newer = replyText.replace(`"version": "${q.version}"`, '"version": "9.0.0"');
    expect(await parseSupplierReply(newer, q, work)).toMatchObject({ ok: false, problem: 'newer-version' });
  });
});

describe('merging a reply', () => {
  it('shows each answer beside the buyer\'s and the result before and after', () => {
    const c = compareReply(q, buyer, supplierAnswers);
    expect(c.before).toMatchObject({ tier: 'high', provisional: true });
    expect(c.after).toMatchObject({ tier: 'high', provisional: false });
    const component = c.answers.find((a) => a.questionId === 'annex1.component')!;
    expect(component).toMatchObject({ supplier: ['It is a safety component of the product'], buyer: ["I don't know"], replaces: true });
    const same = c.answers.find((a) => a.questionId === 'ai.infers')!;
    expect(same.replaces).toBe(false);
    expect(c.removed.length + c.added.length).toBeGreaterThan(0);
  });

  it('takes only the accepted answers and keeps the buyer\'s answer where one is declined', () => {
    const merged = mergeAnswers(buyer, supplierAnswers, ['annex1.legislation']);
    expect(merged['annex1.legislation']).toEqual(['medical-devices']);
    expect(merged['annex1.component']).toBe('unknown');
    expect(assess(q, merged).outcome.provisional).toBe(true);
    const partial = compareReply(q, buyer, supplierAnswers, ['annex1.legislation']);
    expect(partial.after.provisional).toBe(true);
  });
});

describe('the buyer in these tests', () => {
  it('has answered every question on its route, and is provisionally high-risk', () => {
    const a = assess(q, buyer);
    expect(a.complete).toBe(true);
    expect(a.outcome).toMatchObject({ tier: 'high', provisional: true });
  });
});
