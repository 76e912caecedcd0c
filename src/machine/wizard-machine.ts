/**
 * The wizard's flow: start → answering (one question at a time) → check your
 * answers → result, plus the saved-assessments page. The machine keeps only the
 * answers and which question is on screen; the route, the next and previous
 * question and whether a page may be opened all come from the engine's journey
 * (see navigation.ts), so a changed answer can never leave a stale route behind.
 */
import { and, assign, sendTo, setup } from 'xstate';
import { noAutosave } from './autosave-actor.ts';
import { guards } from './guards.ts';
import { supplierNext } from './supplier-navigation.ts';
import { mergeAnswers } from '../engine/compare-answers.ts';
import { givenAnswers } from './given-answers.ts';
import { furthestStep, lastStep, requestedStep, stepAfterAnswer, stepBefore } from './navigation.ts';
import type { Step, WizardContext, WizardEvent, WizardInput } from './types.ts';

const questionOf = (step: Step) => (step.kind === 'question' ? step.id : null);
const blank = (newId: () => string) => ({ id: newId(), answers: {} });
let counter = 0;
const defaultId = () => globalThis.crypto?.randomUUID?.() ?? `a${Date.now().toString(36)}${(counter++).toString(36)}`;

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  actors: { autosave: noAutosave },
  guards,
  actions: {
    recordAnswer: assign({
      work: ({ context: c, event }) => {
        const given = givenAnswers(event);
        return given ? { ...c.work, answers: { ...c.work.answers, ...given } } : c.work;
      },
    }),
    showNextQuestion: assign({
      question: ({ context: c }) => questionOf(stepAfterAnswer(c.questionnaire, c.work.answers, c.question ?? '', c.reviewing)),
    }),
    showPreviousQuestion: assign({ question: ({ context: c }) => questionOf(stepBefore(c.questionnaire, c.work.answers, c.question ?? '')) }),
    showLastQuestion: assign({ question: ({ context: c }) => questionOf(lastStep(c.questionnaire, c.work.answers)) }),
    showFurthestQuestion: assign({ question: ({ context: c }) => questionOf(furthestStep(c.questionnaire, c.work.answers)) }),
    showRequestedQuestion: assign({
      question: ({ context: c, event }) => {
        const id = event.type === 'nav' ? questionOf(event.step) : event.type === 'change' ? event.questionId : c.question;
        return id === null ? null : questionOf(requestedStep(c.questionnaire, c.work.answers, id));
      },
    }),
    startReviewing: assign({ reviewing: true }),
    newWork: assign({ work: ({ context: c }) => blank(c.newId), reviewing: false, review: [], question: null, importState: { status: 'idle' } }),
    openWork: assign({
      work: ({ context: c, event }) => (event.type === 'open' ? event.work : c.work),
      review: ({ event }) => (event.type === 'open' ? (event.warnings ?? []) : []),
      reviewing: false,
    }),
    showImportErrors: assign({
      importState: ({ context: c, event }) =>
        event.type === 'import.parsed' && !event.result.ok ? { status: 'error', fileName: event.fileName, errors: event.result.errors } : c.importState,
    }),
    askToReplace: assign({
      importState: ({ context: c, event }) =>
        event.type === 'import.parsed' && event.result.ok
          ? { status: 'confirm', fileName: event.fileName, answers: event.result.answers, warnings: event.result.warnings, ...(event.result.details ? { details: event.result.details } : {}) }
          : c.importState,
    }),
    applyImport: assign(({ context: c, event }) => {
      const file =
        event.type === 'import.parsed' && event.result.ok
          ? event.result
          : c.importState.status === 'confirm'
            ? c.importState
            : null;
      if (!file) return {};
      const work = { id: c.newId(), answers: file.answers, ...(file.details ? { details: file.details } : {}) };
      return { work, review: file.warnings, reviewing: false, importState: { status: 'idle' as const } };
    }),
    clearImport: assign({ importState: { status: 'idle' } }),
    recordDetails: assign({
      work: ({ context: c, event }) => {
        if (event.type !== 'details.save') return c.work;
        const { details: _old, ...rest } = c.work;
        return event.details ? { ...rest, details: event.details } : rest;
      },
    }),
    clearReview: assign({ review: [] }),
    setStorage: assign({ storage: ({ context: c, event }) => (event.type === 'autosave.status' ? event.status : c.storage) }),
    save: sendTo('autosave', ({ context: c }) => ({ type: 'save' as const, work: c.work })),
    exportFile: () => undefined,
    openRequest: assign({
      exchange: ({ context: c, event }) => (event.type === 'supplier.open' ? { mode: 'supplier' as const, request: event.request, buyer: event.buyer, answers: {}, page: 'overview' } : c.exchange),
    }),
    recordSupplierAnswer: assign({
      exchange: ({ context: c, event }) => {
        if (event.type !== 'supplier.answer' || c.exchange.mode !== 'supplier') return c.exchange;
        const next = { ...c.exchange, answers: { ...c.exchange.answers, [event.questionId]: event.value } };
        return { ...next, page: supplierNext(c.questionnaire, next) };
      },
    }),
    showSupplierPage: assign({
      exchange: ({ context: c, event }) => (event.type === 'nav' && event.step.kind === 'supplier' && c.exchange.mode === 'supplier' ? { ...c.exchange, page: event.step.page } : c.exchange),
    }),
    openReply: assign({
      exchange: ({ context: c, event }) => (event.type === 'reply.open' ? { mode: 'compare' as const, reply: event.reply, answers: event.answers } : c.exchange),
    }),
    /** Keeps the answers before a reply is accepted as an earlier version of the saved assessment. */
    keepVersion: () => undefined,
    acceptReply: assign({
      work: ({ context: c, event }) =>
        event.type === 'reply.accept' && c.exchange.mode === 'compare' ? { ...c.work, answers: mergeAnswers(c.work.answers, c.exchange.answers, event.questionIds) } : c.work,
      reviewing: false,
    }),
    closeExchange: assign({ exchange: { mode: 'none' } }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const newId = input.newId ?? defaultId;
    return {
      questionnaire: input.questionnaire,
      work: input.restored ?? blank(newId),
      question: null,
      reviewing: false,
      importState: { status: 'idle' },
      review: [],
      storage: input.storage ?? 'ok',
      newId,
      exchange: { mode: 'none' },
    };
  },
  invoke: { id: 'autosave', src: 'autosave' },
  initial: 'start',
  on: {
    nav: [
      { guard: 'navToStart', target: '.start', actions: 'clearImport' },
      { guard: 'navToSaved', target: '.saved', actions: 'clearImport' },
      { guard: 'navToQuestion', target: '.answering', reenter: true, actions: ['showRequestedQuestion', 'clearImport'] },
      { guard: 'navToCheck', target: '.check', actions: 'clearImport' },
      { guard: 'navToResult', target: '.result', actions: 'clearImport' },
      { guard: 'navToRequest', target: '.request', actions: 'clearImport' },
      { guard: 'navToSupplier', target: '.supplier', actions: ['showSupplierPage', 'clearImport'] },
      // A supplier page not open yet: stay on the supplier's current page.
      { guard: 'navInSupplier', target: '.supplier', actions: 'clearImport' },
      { guard: 'navToCompare', target: '.compare', actions: 'clearImport' },
      { guard: 'navToDetails', target: '.details', actions: 'clearImport' },
      { target: '.furthest', actions: 'clearImport' },
    ],
    reset: { target: '.start', actions: 'newWork' },
    discard: { guard: 'isOpenWork', actions: 'newWork' },
    open: { target: '.furthest', actions: ['openWork', 'clearImport', 'save'] },
    'import.parsed': [
      { guard: 'fileInvalid', actions: 'showImportErrors' },
      { guard: 'hasWork', actions: 'askToReplace' },
      { target: '.furthest', actions: ['applyImport', 'save'] },
    ],
    'import.confirm': { guard: 'awaitingConfirm', target: '.furthest', actions: ['applyImport', 'save'] },
    'import.cancel': { actions: 'clearImport' },
    export: { actions: 'exportFile' },
    'review.dismiss': { actions: 'clearReview' },
    'autosave.status': { actions: 'setStorage' },
    'supplier.open': { target: '.supplier', actions: ['openRequest', 'clearImport'] },
    'reply.open': { target: '.compare', actions: ['openReply', 'clearImport'] },
  },
  states: {
    start: {
      tags: 'start',
      on: {
        start: { target: 'furthest', actions: 'newWork' },
        resume: { target: 'furthest' },
      },
    },
    furthest: {
      always: [{ guard: 'isComplete', target: 'check' }, { target: 'answering', actions: 'showFurthestQuestion' }],
    },
    answering: {
      tags: 'question',
      on: {
        answer: [
          { guard: and(['answerFits', 'answerLeadsToCheck']), target: 'check', actions: ['recordAnswer', 'save'] },
          { guard: 'answerFits', target: 'answering', reenter: true, actions: ['recordAnswer', 'save', 'showNextQuestion'] },
        ],
        answerPage: [
          { guard: and(['answerFits', 'answerLeadsToCheck']), target: 'check', actions: ['recordAnswer', 'save'] },
          { guard: 'answerFits', target: 'answering', reenter: true, actions: ['recordAnswer', 'save', 'showNextQuestion'] },
        ],
        back: [
          { guard: 'atFirstQuestion', target: 'start' },
          { target: 'answering', reenter: true, actions: 'showPreviousQuestion' },
        ],
      },
    },
    check: {
      tags: 'check',
      entry: 'startReviewing',
      on: {
        change: { guard: 'mayChange', target: 'answering', actions: 'showRequestedQuestion' },
        continue: { target: 'result', actions: 'clearReview' },
        back: { target: 'answering', actions: 'showLastQuestion' },
      },
    },
    result: {
      tags: 'result',
      on: { back: 'check' },
    },
    saved: {
      tags: 'saved',
      on: { back: 'start' },
    },
    request: {
      tags: 'request',
      on: { back: 'result' },
    },
    supplier: {
      tags: 'supplier',
      on: {
        'supplier.answer': { guard: 'supplierAnswerFits', target: 'supplier', reenter: true, actions: 'recordSupplierAnswer' },
        'exchange.close': { target: 'start', actions: 'closeExchange' },
      },
    },
    compare: {
      tags: 'compare',
      on: {
        'reply.accept': { guard: 'replyOpen', target: 'furthest', actions: ['keepVersion', 'acceptReply', 'closeExchange', 'save'] },
        'exchange.close': { target: 'furthest', actions: 'closeExchange' },
      },
    },
    /** The report details page: reached from check your answers and the result; saving returns to the result. */
    details: {
      tags: 'details',
      on: {
        'details.save': [
          { guard: 'isComplete', target: 'result', actions: ['recordDetails', 'save'] },
          { target: 'furthest', actions: ['recordDetails', 'save'] },
        ],
      },
    },
  },
});
