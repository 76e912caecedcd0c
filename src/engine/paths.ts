/**
 * Every path through the question graph.
 *
 * A path is the sequence of questions a user meets from the first question to
 * the result, with the answer given at each. The walk tries every answer choice
 * at every question (each option, "I don't know", and for multi-choice questions
 * each option on its own). Two partial journeys whose answers agree on every
 * question that a later condition still reads have the same future, so the walk
 * visits that future once and counts its paths for both: the count is exact, and
 * each distinct state and each answer choice from it is walked once.
 */
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';
import type { Answers, AnswerValue } from './answers.ts';
import { UNKNOWN } from './answers.ts';
import { compile, questionsRead } from './compile.ts';
import { Evaluator } from './evaluate.ts';
import { route } from './journey.ts';
import type { Condition } from '../questionnaire/condition.ts';

export interface PathWalk {
  /** Distinct paths from the first question to a result. */
  paths: bigint;
  /** Distinct states walked (question reached with a distinct relevant history). */
  states: number;
  /** Answer choices tried. */
  edges: number;
  /** Complete answer sets handed to `onLeaf`. */
  leaves: number;
  /** Every question met on some path. */
  questions: Set<string>;
}

export function answerChoices(question: Question): AnswerValue[] {
  if (!isChoice(question)) return [question.type === 'text' ? 'Sample name' : 'A sample description.'];
  const values: AnswerValue[] = question.options.map((o) => (question.type === 'multi' ? [o.value] : o.value));
  if (question.unknown) values.push(question.type === 'multi' ? [UNKNOWN] : UNKNOWN);
  return values;
}

/**
 * For each position, the parts of later conditions (showIf of the questions from
 * there on, and stop rules not yet checked) that read only earlier questions.
 * Their values, with the answers still to come, decide the rest of the route.
 */
/** Does a condition read only answers (directly or through facts), not rules, tiers or roles? */
function answersOnly(c: Condition, facts: ReadonlyMap<string, { when: Condition }>): boolean {
  if ('q' in c) return true;
  if ('fact' in c) return answersOnly(facts.get(c.fact)!.when, facts);
  if ('all' in c) return c.all.every((x) => answersOnly(x, facts));
  if ('any' in c) return c.any.every((x) => answersOnly(x, facts));
  if ('not' in c) return answersOnly(c.not, facts);
  return false;
}

function frontiers(questionnaire: Questionnaire): Condition[][] {
  const compiled = compile(questionnaire);
  const n = questionnaire.questions.length;
  const later = (i: number): Condition[] => [
    ...questionnaire.questions.slice(i).flatMap((q) => (q.showIf ? [q.showIf] : [])),
    ...compiled.stopRules.filter((s) => s.after >= i).map((s) => s.rule.when),
  ];
  return Array.from({ length: n }, (_, i) => {
    const past = (c: Condition) =>
      answersOnly(c, compiled.facts) && [...questionsRead(c, compiled.facts)].every((id) => (compiled.position.get(id) ?? n) < i);
    const out = new Map<string, Condition>();
    const keep = (c: Condition) => out.set(JSON.stringify(c), c);
    // all/any are associative in three-valued logic too, so their past-only
    // children can be judged together: only the combined value matters.
    const split = (c: Condition) => {
      if (past(c)) keep(c);
      else if ('all' in c || 'any' in c) {
        const children = 'all' in c ? c.all : c.any;
        const done = children.filter(past);
        if (done.length > 0) keep('all' in c ? { all: done } : { any: done });
        children.filter((x) => !past(x)).forEach(split);
      } else if ('not' in c) split(c.not);
      else if ('fact' in c) split(compiled.facts.get(c.fact)!.when);
      else if ('rule' in c) split(compiled.rules.get(c.rule)!.when);
    };
    later(i).forEach(split);
    return [...out.values()];
  });
}

export function walkPaths(questionnaire: Questionnaire, onLeaf: (answers: Answers) => void): PathWalk {
  const compiled = compile(questionnaire);
  const borders = frontiers(questionnaire);
  const memo = new Map<string, bigint>();
  const stats = { states: 0, edges: 0, leaves: 0, questions: new Set<string>() };

  const visit = (answers: Answers): bigint => {
    const r = route(questionnaire, answers);
    if (r.current === null) {
      stats.leaves++;
      onLeaf(r.relevant);
      return 1n;
    }
    const position = compiled.position.get(r.current)!;
    const evaluator = new Evaluator(compiled, r.relevant);
    const key = `${r.current}|${borders[position]!.map((c) => evaluator.condition(c).v).join('')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    stats.states++;
    stats.questions.add(r.current);
    let total = 0n;
    for (const choice of answerChoices(compiled.questions.get(r.current)!)) {
      stats.edges++;
      total += visit({ ...r.relevant, [r.current]: choice });
    }
    memo.set(key, total);
    return total;
  };

  const paths = visit({});
  return { paths, ...stats };
}
