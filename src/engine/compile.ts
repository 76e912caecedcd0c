/**
 * Indexes a questionnaire once (by id, by position) so that every assessment is a
 * handful of map look-ups. Pure and cached per questionnaire object.
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Fact, LawDate, ObligationGroup, Option, Question, Questionnaire, Rule } from '../questionnaire/schema.ts';
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
  /** For each choice question: its options by value. */
  options: ReadonlyMap<string, ReadonlyMap<string, Option>>;
  /** Each obligation's group (by the obligation's position). */
  obligationGroupOf: readonly ObligationGroup[];
  /** Each obligation's condition with its group's (by the obligation's position). */
  obligationWhen: readonly Condition[];
  /** Each condition's compiled function, made by evaluate.ts on first use. */
  conditionFns: WeakMap<object, unknown>;
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

/** Options by value; where a value came twice, the first (as a search along the list finds it). */
function byValue(options: readonly Option[]): Map<string, Option> {
  const out = new Map<string, Option>();
  for (const o of options) if (!out.has(o.value)) out.set(o.value, o);
  return out;
}

const cache = new WeakMap<Questionnaire, Compiled>();

export function compile(questionnaire: Questionnaire): Compiled {
  const hit = cache.get(questionnaire);
  if (hit) return hit;
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const position = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const facts = new Map(questionnaire.facts.map((f) => [f.id, f]));
  const rules = new Map(questionnaire.rules.map((r) => [r.id, r]));
  const obligationGroups = new Map(questionnaire.obligationGroups.map((g) => [g.id, g]));
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
    options: new Map(questionnaire.questions.flatMap((q) => (q.type === 'single' || q.type === 'multi' ? [[q.id, byValue(q.options)]] : []))),
    obligationGroupOf: questionnaire.obligations.map((o) => obligationGroups.get(o.group)!),
    obligationWhen: questionnaire.obligations.map((o) => {
      const group = obligationGroups.get(o.group);
      return group?.when ? { all: [group.when, o.when] } : o.when;
    }),
    conditionFns: new WeakMap(),
  };
  cache.set(questionnaire, compiled);
  return compiled;
}
