/**
 * A worked example as the engine sees it: the answers that count, question by
 * question, the assessment, and the question where the outcome was decided.
 */
import { assess } from '../engine/assess.ts';
import type { Answers } from '../engine/answers.ts';
import { optionLabels, UNKNOWN } from '../engine/answers.ts';
import type { Assessment } from '../engine/assessment.ts';
import { route, withSkippedOptional, type Route } from '../engine/journey.ts';
import type { Example, Questionnaire } from '../questionnaire/schema.ts';

export interface WalkStep {
  questionId: string;
  sectionTitle: string;
  question: string;
  why: string;
  /** Option labels, or the text typed; empty when an optional text was left out. */
  answer: string[];
  unknown: boolean;
}

export interface CaseWalk {
  answers: Answers;
  route: Route;
  steps: WalkStep[];
  assessment: Assessment;
  /** The question where the outcome was decided (see `decidedAt`). */
  decidedAt: string | null;
}

export function walkAnswers(q: Questionnaire, given: Answers): CaseWalk {
  const answers = withSkippedOptional(q, given);
  const r = route(q, answers);
  const assessment = assess(q, answers);
  const steps = r.steps.map((id): WalkStep => {
    const question = q.questions.find((x) => x.id === id)!;
    const value = r.relevant[id]!;
    const values = Array.isArray(value) ? value : [value];
    return {
      questionId: id,
      sectionTitle: q.sections.find((s) => s.id === question.section)?.title ?? '',
      question: question.text,
      why: question.why,
      answer: optionLabels(question, value, q.unknownLabel).filter((a) => a !== ''),
      unknown: values.includes(UNKNOWN),
    };
  });
  return { answers, route: r, steps, assessment, decidedAt: decidedAt(r, assessment) };
}

export function walkExample(q: Questionnaire, example: Example): CaseWalk {
  return walkAnswers(q, example.answers);
}

/**
 * Where the outcome was decided: the last question on the route whose answer the
 * deciding rules rest on; at an early exit or without a deciding rule, the last
 * question answered. Null while the questions are not done.
 */
export function decidedAt(r: Route, assessment: Assessment): string | null {
  if (r.current !== null || r.steps.length === 0) return null;
  if (r.stoppedBy) return r.steps[r.steps.length - 1]!;
  const used = new Set(assessment.outcome.decidedBy.flatMap((rule) => rule.because.map((b) => b.questionId)));
  const last = [...r.steps].reverse().find((id) => used.has(id));
  return last ?? r.steps[r.steps.length - 1]!;
}
