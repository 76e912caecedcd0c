/**
 * Where the wizard goes next, from the answers alone. Every function asks the
 * engine's journey and its pages; nothing here keeps a list of visited pages. A
 * question page is addressed by its first question on the route (its lead).
 */
import type { Answers } from '../engine/answers.ts';
import { canVisit, route } from '../engine/journey.ts';
import { nextPageLead, pageLead, previousPageLead } from '../engine/pages.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Step } from './types.ts';

const questionStep = (q: Questionnaire, answers: Answers, id: string): Step => ({ kind: 'question', id: pageLead(q, answers, id) ?? id });

/** The furthest page the answers allow: the page of the first open question, or check your answers. */
export function furthestStep(q: Questionnaire, answers: Answers): Step {
  const current = route(q, answers).current;
  return current ? questionStep(q, answers, current) : { kind: 'check' };
}

export function isComplete(q: Questionnaire, answers: Answers): boolean {
  return route(q, answers).current === null;
}

/** After answering the page of `questionId`: the next page, or check your answers. */
export function stepAfterAnswer(q: Questionnaire, answers: Answers, questionId: string, reviewing: boolean): Step {
  if (reviewing) return furthestStep(q, answers);
  const next = nextPageLead(q, answers, questionId);
  return next ? questionStep(q, answers, next) : { kind: 'check' };
}

/** One page back from a question page: the previous page on the route, or the start page. */
export function stepBefore(q: Questionnaire, answers: Answers, questionId: string): Step {
  const previous = previousPageLead(q, answers, questionId);
  return previous ? { kind: 'question', id: previous } : { kind: 'start' };
}

/** The page of the last answered question, where "back" from check your answers goes. */
export function lastStep(q: Questionnaire, answers: Answers): Step {
  const steps = route(q, answers).steps;
  const last = steps[steps.length - 1];
  return last ? questionStep(q, answers, last) : { kind: 'start' };
}

/** The page a request for a question opens: the page that holds it. */
export function requestedStep(q: Questionnaire, answers: Answers, questionId: string): Step {
  return questionStep(q, answers, questionId);
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
