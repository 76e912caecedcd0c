/**
 * The questions an unfinished assessment may still ask, for the CLI's
 * "incomplete" summary. It asks the engine's journey (route) only: each next
 * question is supposed answered "I don't know" (or with some text), and since
 * the journey asks whenever in doubt, this lists every question that can still
 * come. It stops at a question without "I don't know", whose answer decides
 * what follows.
 */
import type { Answers, AnswerValue } from '../engine/answers.ts';
import { UNKNOWN } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';

function placeholder(question: Question): AnswerValue | null {
  if (!isChoice(question)) return 'x';
  if (!question.unknown) return null;
  return question.type === 'single' ? UNKNOWN : [UNKNOWN];
}

export function stillToAnswer(questionnaire: Questionnaire, answers: Answers): { questions: Question[]; more: boolean } {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const questions: Question[] = [];
  let supposed: Answers = answers;
  for (let i = 0; i < questionnaire.questions.length; i++) {
    const current = route(questionnaire, supposed).current;
    const question = current ? byId.get(current) : undefined;
    if (!question) return { questions, more: false };
    questions.push(question);
    const value = placeholder(question);
    if (value === null) return { questions, more: true };
    supposed = { ...supposed, [question.id]: value };
  }
  return { questions, more: false };
}
