/** The machine's guards: each asks the engine's journey one question about the answers. */
import { answerProblem } from '../engine/answers.ts';
import { pageOf, pageQuestions } from '../engine/pages.ts';
import { isComplete, mayOpen, stepAfterAnswer, stepBefore } from './navigation.ts';
import { supplierMayOpen } from './supplier-navigation.ts';
import { givenAnswers } from './given-answers.ts';
import type { WizardContext, WizardEvent } from './types.ts';

type Args = { context: WizardContext; event: WizardEvent };

export const guards = {
  /** Every answer given is to a question of the page on screen, and every question the page asks has a valid answer. */
  answerFits: ({ context: c, event }: Args) => {
    const given = givenAnswers(event);
    if (!given || c.question === null) return false;
    const members = new Set(pageOf(c.questionnaire, c.question)?.questions ?? []);
    if (!Object.keys(given).every((id) => members.has(id))) return false;
    const merged = { ...c.work.answers, ...given };
    const asked = pageQuestions(c.questionnaire, merged, c.question);
    const byId = new Map(c.questionnaire.questions.map((q) => [q.id, q]));
    return asked.length > 0 && asked.every((id) => answerProblem(byId.get(id)!, merged[id]) === null);
  },
  answerLeadsToCheck: ({ context: c, event }: Args) => {
    const given = givenAnswers(event);
    return given !== null && c.question !== null && stepAfterAnswer(c.questionnaire, { ...c.work.answers, ...given }, c.question, c.reviewing).kind === 'check';
  },
  atFirstQuestion: ({ context: c }: Args) => c.question !== null && stepBefore(c.questionnaire, c.work.answers, c.question).kind === 'start',
  isComplete: ({ context: c }: Args) => isComplete(c.questionnaire, c.work.answers),
  navToStart: ({ event }: Args) => event.type === 'nav' && event.step.kind === 'start',
  navToSaved: ({ event }: Args) => event.type === 'nav' && event.step.kind === 'saved',
  navToQuestion: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'question' && mayOpen(c.questionnaire, c.work.answers, event.step),
  navToCheck: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'check' && isComplete(c.questionnaire, c.work.answers),
  navToDetails: ({ event }: Args) => event.type === 'nav' && event.step.kind === 'details',
  navToResult: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'result' && isComplete(c.questionnaire, c.work.answers),
  mayChange: ({ context: c, event }: Args) => event.type === 'change' && mayOpen(c.questionnaire, c.work.answers, { kind: 'question', id: event.questionId }),
  fileInvalid: ({ event }: Args) => event.type === 'import.parsed' && !event.result.ok,
  hasWork: ({ context: c }: Args) => Object.keys(c.work.answers).length > 0,
  isOpenWork: ({ context: c, event }: Args) => event.type === 'discard' && event.id === c.work.id,
  awaitingConfirm: ({ context: c }: Args) => c.importState.status === 'confirm',
  navToRequest: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'request' && mayOpen(c.questionnaire, c.work.answers, event.step),
  navToSupplier: ({ context: c, event }: Args) =>
    event.type === 'nav' && event.step.kind === 'supplier' && c.exchange.mode === 'supplier' && supplierMayOpen(c.questionnaire, c.exchange, event.step.page),
  navInSupplier: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'supplier' && c.exchange.mode === 'supplier',
  navToCompare: ({ context: c, event }: Args) => event.type === 'nav' && event.step.kind === 'compare' && c.exchange.mode === 'compare',
  replyOpen: ({ context: c, event }: Args) => event.type === 'reply.accept' && c.exchange.mode === 'compare' && event.questionIds.length > 0,
  supplierAnswerFits: ({ context: c, event }: Args) => {
    if (event.type !== 'supplier.answer' || c.exchange.mode !== 'supplier' || event.questionId !== c.exchange.page) return false;
    const question = c.questionnaire.questions.find((q) => q.id === event.questionId);
    return question !== undefined && answerProblem(question, event.value) === null;
  },

};
