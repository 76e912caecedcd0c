/**
 * Who reads what, for judging a changed answer incrementally (what-would-change.ts):
 * for each question, the facts and rules that read it (through other facts and
 * rules too), whether the route reads it, and whether the route's conditions
 * read only earlier questions. Made once per compiled questionnaire, and only
 * where it is needed, so the code that walks the route alone stays small.
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Fact, Rule } from '../questionnaire/schema.ts';
import { questionsRead, type Compiled } from './compile.ts';

export interface Dependents {
  /** For each question id: the facts and rules that read it, directly or through other facts and rules. */
  readers(questionId: string): { facts: readonly number[]; rules: readonly number[] };
  /** Facts and rules that read the outcome or a role: never taken from another evaluator. */
  alwaysDirty: { facts: readonly number[]; rules: readonly number[] };
  /** Can a change to this answer change the route (a showIf or a stop rule reads it)? */
  steersRoute(questionId: string): boolean;
  /**
   * True when every showIf reads only earlier questions and every stop rule only
   * questions up to its `after` (through facts and rules too): then a condition
   * the route reads at a question never depends on that question or later ones.
   */
  routeReadsEarlier: boolean;
  /** For each question (by position): the positions of the questions its showIf reads, through facts and rules too. */
  showIfReads: readonly (readonly number[])[];
  /** The stop rules (by rule position) in the order of their `after`. */
  stopsByAfter: readonly { index: number; after: number }[];
  /** The facts and rules that read a question at this position or later (or the outcome). */
  fromPosition(position: number): { dirtyFacts: Uint8Array; dirtyRules: Uint8Array };
}

/** What a condition reads, following facts and rules: question ids, and whether it reads the outcome or a role. */
function deepReads(cond: Condition, facts: ReadonlyMap<string, Fact>, rules: ReadonlyMap<string, Rule>): { questions: Set<string>; outcome: boolean } {
  const questions = new Set<string>();
  const seen = new Set<string>();
  let outcome = false;
  const visit = (c: Condition) => {
    if ('q' in c) questions.add(c.q);
    else if ('fact' in c || 'rule' in c) {
      const key = 'fact' in c ? `f:${c.fact}` : `r:${c.rule}`;
      const target = 'fact' in c ? facts.get(c.fact) : rules.get(c.rule);
      if (target && !seen.has(key)) {
        seen.add(key);
        visit(target.when);
      }
    } else if ('tier' in c || 'role' in c) outcome = true;
    else if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else visit(c.not);
  };
  visit(cond);
  return { questions, outcome };
}

function dependentsOf({ questionnaire, facts, rules, ruleIndex, stopRules }: Compiled): Dependents {
  const byQuestion = new Map<string, { facts: number[]; rules: number[] }>();
  const always = { facts: [] as number[], rules: [] as number[] };
  const note = (kind: 'facts' | 'rules', i: number, cond: Condition) => {
    const reads = deepReads(cond, facts, rules);
    if (reads.outcome) always[kind].push(i);
    for (const id of reads.questions) {
      let entry = byQuestion.get(id);
      if (!entry) byQuestion.set(id, (entry = { facts: [], rules: [] }));
      entry[kind].push(i);
    }
  };
  questionnaire.facts.forEach((f, i) => note('facts', i, f.when));
  questionnaire.rules.forEach((r, i) => note('rules', i, r.when));
  const steering = new Set<string>();
  let steersAll = false;
  for (const cond of [...questionnaire.questions.flatMap((q) => (q.showIf ? [q.showIf] : [])), ...questionnaire.rules.filter((r) => r.stops).map((r) => r.when)]) {
    const reads = deepReads(cond, facts, rules);
    if (reads.outcome) steersAll = true;
    reads.questions.forEach((id) => steering.add(id));
  }
  const position = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const n = questionnaire.questions.length;
  const last = (cond: Condition) => {
    const reads = deepReads(cond, facts, rules);
    return reads.outcome ? Infinity : Math.max(-1, ...[...reads.questions].map((id) => position.get(id) ?? Infinity));
  };
  const shallowAfter = (cond: Condition) => Math.max(-1, ...[...questionsRead(cond, facts)].map((id) => position.get(id) ?? -1));
  const routeReadsEarlier =
    questionnaire.questions.every((q, i) => !q.showIf || last(q.showIf) < i) &&
    questionnaire.rules.every((r) => !r.stops || last(r.when) <= shallowAfter(r.when));
  const from: { dirtyFacts: Uint8Array; dirtyRules: Uint8Array }[] = [];
  for (let p = n; p >= 0; p--) {
    const dirty = { dirtyFacts: new Uint8Array(questionnaire.facts.length), dirtyRules: new Uint8Array(questionnaire.rules.length) };
    if (p < n) {
      dirty.dirtyFacts.set(from[p + 1]!.dirtyFacts);
      dirty.dirtyRules.set(from[p + 1]!.dirtyRules);
      const r = byQuestion.get(questionnaire.questions[p]!.id);
      r?.facts.forEach((i) => (dirty.dirtyFacts[i] = 1));
      r?.rules.forEach((i) => (dirty.dirtyRules[i] = 1));
    } else {
      always.facts.forEach((i) => (dirty.dirtyFacts[i] = 1));
      always.rules.forEach((i) => (dirty.dirtyRules[i] = 1));
    }
    from[p] = dirty;
  }
  const none = { facts: [], rules: [] };
  return {
    readers: (id) => byQuestion.get(id) ?? none,
    alwaysDirty: always,
    steersRoute: (id) => steersAll || steering.has(id),
    routeReadsEarlier,
    showIfReads: questionnaire.questions.map((q) => (q.showIf ? [...deepReads(q.showIf, facts, rules).questions].map((id) => position.get(id) ?? -1) : [])),
    stopsByAfter: stopRules.map((s) => ({ index: ruleIndex.get(s.rule.id)!, after: s.after })).sort((a, b) => a.after - b.after),
    fromPosition: (p) => from[Math.max(0, Math.min(n, p))]!,
  };
}

const cache = new WeakMap<Compiled, Dependents>();

export function dependents(compiled: Compiled): Dependents {
  let made = cache.get(compiled);
  if (!made) cache.set(compiled, (made = dependentsOf(compiled)));
  return made;
}
