/**
 * The journey: which questions the user meets, given the answers so far.
 *
 * Questions are asked in the questionnaire's order. A question is on the route
 * when its `showIf` is true or uncertain (when in doubt, ask). The route stops at
 * the first question on it that has no valid answer (the current question), or
 * where a rule marked `stops` becomes certain (an early exit). Answers to
 * questions that are not on the route do not count: they are left out of
 * `relevant`, so a changed answer can never leave a stale branch behind.
 */
import type { Answers, AnswerValue } from './answers.ts';
import { answerProblem } from './answers.ts';
import { compile } from './compile.ts';
import { Evaluator } from './evaluate.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';

export interface Route {
  /** Answered questions on the route, in order. */
  steps: string[];
  /** The next question to answer, or null when the questions are done. */
  current: string | null;
  /** The answers that count. */
  relevant: Answers;
  /** The rule that ended the questions early, if any. */
  stoppedBy: string | null;
}

export function route(questionnaire: Questionnaire, answers: Answers): Route {
  return walk(questionnaire, answers).route;
}

/**
 * The route, except that the questions in `open` do not stop it when they have
 * no answer yet: they are listed in `pending` (asked, not answered) and the walk
 * goes on past them. Conditions that read a pending question see no answer.
 * Used to lay out a page of several questions and to estimate what is left.
 * `evaluator` is the evaluation the walk made of `route.relevant`: every fact
 * and rule it read holds for those answers as they end (what read a later
 * answer was forgotten when it came), so the classification goes on with it.
 */
export function walk(questionnaire: Questionnaire, answers: Answers, open: ReadonlySet<string> = new Set()): { route: Route; pending: string[]; evaluator: Evaluator } {
  const pending: string[] = [];
  const compiled = compile(questionnaire);
  const relevant: Record<string, AnswerValue> = {};
  const steps: string[] = [];
  const fired = new Set<string>();
  const evaluator = new Evaluator(compiled, relevant);
  let dirty = false;

  const checkStops = (before: number): string | null => {
    if (!dirty) return null;
    dirty = false;
    for (const stop of compiled.stopRules) {
      if (stop.after >= before || fired.has(stop.rule.id)) continue;
      if (evaluator.rule(stop.rule.id).v === 'T') return stop.rule.id;
    }
    return null;
  };

  const questions = questionnaire.questions;
  for (let i = 0; i < questions.length; i++) {
    const question = questions[i]!;
    const visible = !question.showIf || evaluator.condition(question.showIf).v !== 'F';
    if (!visible) continue;
    const stoppedBy = checkStops(i);
    if (stoppedBy) return { route: { steps, current: null, relevant, stoppedBy }, pending, evaluator };
    const value = answers[question.id];
    if (answerProblem(question, value) !== null) {
      if (open.has(question.id)) {
        pending.push(question.id);
        continue;
      }
      return { route: { steps, current: question.id, relevant, stoppedBy: null }, pending, evaluator };
    }
    relevant[question.id] = value!;
    steps.push(question.id);
    dirty = true;
    evaluator.answered(question.id);
  }
  const stoppedBy = checkStops(questions.length);
  return { route: { steps, current: null, relevant, stoppedBy }, pending, evaluator };
}

/** Can the user open this question now? Only if it is answered on the route or is the current one. */
export function canVisit(questionnaire: Questionnaire, answers: Answers, questionId: string): boolean {
  const r = route(questionnaire, answers);
  return r.current === questionId || r.steps.includes(questionId);
}

/** The question after `questionId` on the route (or null for "go to check your answers"). */
export function nextQuestion(questionnaire: Questionnaire, answers: Answers, questionId: string): string | null {
  const r = route(questionnaire, answers);
  const at = r.steps.indexOf(questionId);
  if (at >= 0 && at + 1 < r.steps.length) return r.steps[at + 1]!;
  return r.current;
}

/** The question before `questionId` on the route, or null at the first question. */
export function previousQuestion(questionnaire: Questionnaire, answers: Answers, questionId: string): string | null {
  const r = route(questionnaire, answers);
  const list = r.current ? [...r.steps, r.current] : r.steps;
  const at = list.indexOf(questionId);
  return at > 0 ? list[at - 1]! : null;
}

/**
 * Hand-written answers (a file, a worked example) may leave out optional text
 * questions: those on the route count as skipped ("").
 */
export function withSkippedOptional(questionnaire: Questionnaire, answers: Answers): Answers {
  const out: Record<string, AnswerValue> = { ...answers };
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  for (;;) {
    const current = route(questionnaire, out).current;
    const question = current ? byId.get(current) : undefined;
    if (!question || isChoice(question) || !question.optional || current! in out) return out;
    out[current!] = '';
  }
}
