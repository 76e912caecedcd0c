import type { Answers } from '../engine/answers.ts';
import type { WizardEvent } from './types.ts';

/** The answers an answer event gives: one question's, or a whole page's. */
export function givenAnswers(event: WizardEvent): Answers | null {
  if (event.type === 'answer') return { [event.questionId]: event.value };
  if (event.type === 'answerPage') return event.answers;
  return null;
}
