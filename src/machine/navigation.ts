/**
 * Where the wizard goes next, from the answers alone. Every function asks the
 * engine's journey; nothing here keeps a list of visited pages.
 */
import type { Answers } from '../engine/answers.ts';
import { canVisit, nextQuestion, previousQuestion, route } from '../engine/journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Step } from './types.ts';

/** The furthest page the answers allow: the first open question, or check your answers. */
export function furthestStep(q: Questionnaire, answers: Answers): Step {
  const current = route(q, answers).current;
  return current ? { kind: 'question', id: current } : { kind: 'check' };
}

export function isComplete(q: Questionnaire, answers: Answers): boolean {
  return route(q, answers).current === null;
}

/** After answering `questionId`: the next question, or check your answers. */
export function stepAfterAnswer(q: Questionnaire, answers: Answers, questionId: string, reviewing: boolean): Step {
  if (reviewing) return furthestStep(q, answers);
  const next = nextQuestion(q, answers, questionId);
  return next ? { kind: 'question', id: next } : { kind: 'check' };
}

/** One page back from a question: the previous question on the route, or the start page. */
export function stepBefore(q: Questionnaire, answers: Answers, questionId: string): Step {
  const previous = previousQuestion(q, answers, questionId);
  return previous ? { kind: 'question', id: previous } : { kind: 'start' };
}

/** The last answered question, where "back" from check your answers goes. */
export function lastStep(q: Questionnaire, answers: Answers): Step {
  const steps = route(q, answers).steps;
  const last = steps[steps.length - 1];
  return last ? { kind: 'question', id: last } : { kind: 'start' };
}

/** Whether the answers so far let the user open this page (no skipping questions). */
export function mayOpen(q: Questionnaire, answers: Answers, step: Step): boolean {
  switch (step.kind) {
    case 'start':
    case 'saved':
    case 'details':
      return true;
    case 'question':
      return canVisit(q, answers, step.id);
    case 'check':
    case 'result':
      return isComplete(q, answers);
    case 'request':
      return Object.keys(answers).length > 0;
    case 'supplier':
    case 'compare':
      // Open only while a request or a reply is open (see supplier-navigation.ts).
      return false;
  }
}
