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
          ? { status: 'confirm', fileName: event.fileName, answers: event.result.answers, warnings: event.result.warnings }
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
      return { work: { id: c.newId(), answers: file.answers }, review: file.warnings, reviewing: false, importState: { status: 'idle' as const } };
    }),
    clearImport: assign({ importState: { status: 'idle' } }),
    clearReview: assign({ review: [] }),
    setStorage: assign({ storage: ({ context: c, event }) => (event.type === 'autosave.status' ? event.status : c.storage) }),
    save: sendTo('autosave', ({ context: c }) => ({ type: 'save' as const, work: c.work })),
    exportFile: () => undefined,
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
  },
});
