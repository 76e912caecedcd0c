/**
 * Indexes a questionnaire once (by id, by position) so that every assessment is a
 * handful of map look-ups. Pure and cached per questionnaire object.
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Fact, LawDate, Question, Questionnaire, Rule } from '../questionnaire/schema.ts';
import { ROLES } from '../questionnaire/kinds.ts';

export interface StopRule {
  rule: Rule;
  /** Position of the last question it reads: it is checked only once the user is past it. */
  after: number;
}

export interface Compiled {
  questionnaire: Questionnaire;
  questions: ReadonlyMap<string, Question>;
  position: ReadonlyMap<string, number>;
  facts: ReadonlyMap<string, Fact>;
  rules: ReadonlyMap<string, Rule>;
  classificationRules: readonly Rule[];
  roleRules: readonly Rule[];
  stopRules: readonly StopRule[];
  dates: ReadonlyMap<string, LawDate>;
  /** Facts and rules by position, for the evaluator's memo (evaluate.ts). */
  factList: readonly Fact[];
  factIndex: ReadonlyMap<string, number>;
  ruleList: readonly Rule[];
  ruleIndex: ReadonlyMap<string, number>;
  roleRulesOf: ReadonlyMap<string, readonly Rule[]>;
  /** Each condition's compiled function, made by evaluate.ts on first use. */
  conditionFns: WeakMap<object, unknown>;
  /** Who reads what, for evaluating a changed answer incrementally. */
  dependents: Dependents;
}

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
  /** The facts and rules that read a question at this position or later (or the outcome). */
  fromPosition(position: number): { dirtyFacts: Uint8Array; dirtyRules: Uint8Array };
}

/** Every question id a condition reads, directly or through facts. */
export function questionsRead(cond: Condition, facts: ReadonlyMap<string, Fact>, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  const visit = (c: Condition) => {
    if ('q' in c) out.add(c.q);
    else if ('fact' in c) {
      const fact = facts.get(c.fact);
      if (fact && !seen.has(fact.id)) {
        seen.add(fact.id);
        visit(fact.when);
      }
    } else if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
  };
  visit(cond);
  return out;
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

function dependentsOf(questionnaire: Questionnaire, facts: ReadonlyMap<string, Fact>, rules: ReadonlyMap<string, Rule>): Dependents {
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
    fromPosition: (p) => from[Math.max(0, Math.min(n, p))]!,
  };
}

const cache = new WeakMap<Questionnaire, Compiled>();

export function compile(questionnaire: Questionnaire): Compiled {
  const hit = cache.get(questionnaire);
  if (hit) return hit;
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const position = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const facts = new Map(questionnaire.facts.map((f) => [f.id, f]));
  const rules = new Map(questionnaire.rules.map((r) => [r.id, r]));
  const stopRules = questionnaire.rules
    .filter((r) => r.stops)
    .map((rule) => ({
      rule,
      after: Math.max(-1, ...[...questionsRead(rule.when, facts)].map((id) => position.get(id) ?? -1)),
    }));
  const compiled: Compiled = {
    questionnaire,
    questions,
    position,
    facts,
    rules,
    classificationRules: questionnaire.rules.filter((r) => r.effect !== 'role'),
    roleRules: questionnaire.rules.filter((r) => r.effect === 'role'),
    stopRules,
    dates: new Map(questionnaire.dates.map((d) => [d.id, d])),
    factList: questionnaire.facts,
    factIndex: new Map(questionnaire.facts.map((f, i) => [f.id, i])),
    ruleList: questionnaire.rules,
    ruleIndex: new Map(questionnaire.rules.map((r, i) => [r.id, i])),
    roleRulesOf: new Map(ROLES.map((role) => [role, questionnaire.rules.filter((r) => r.effect === 'role' && r.role === role)])),
    conditionFns: new WeakMap(),
    dependents: dependentsOf(questionnaire, facts, rules),
  };
  cache.set(questionnaire, compiled);
  return compiled;
}
