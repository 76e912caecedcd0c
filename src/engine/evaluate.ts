/**
 * Evaluates conditions against one set of answers, in three-valued logic.
 *
 * Stages: facts and classification rules read answers and facts (and other
 * classification rules); once the headline tier is known, role rules may read
 * it; obligations and dates may read everything, roles included. The integrity
 * check keeps each stage to what it may read.
 *
 * Each condition is compiled once into a function (cached per questionnaire, see
 * compile.ts); facts and rules are memoised by position. An evaluator made
 * `from` another one for answers that differ only in some questions takes every
 * fact and rule that reads none of them from the other one (compile.ts indexes
 * who reads what).
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Rule, Tier } from '../questionnaire/schema.ts';
import type { Answers, AnswerValue } from './answers.ts';
import { UNKNOWN } from './answers.ts';
import type { Compiled } from './compile.ts';
import { dependents } from './dependents.ts';
import { allOf, any, anyOf, not, FALSE, type Val } from './kleene.ts';

export interface Headline {
  tier: Tier;
  provisional: boolean;
}

type Fn = (e: Evaluator) => Val;

/** Facts and rules an evaluator may take from another one: those that read none of the changed questions. */
export interface Base {
  evaluator: Evaluator;
  dirtyFacts: Uint8Array;
  dirtyRules: Uint8Array;
}

export class Evaluator {
  private readonly factMemo: (Val | undefined)[] = [];
  private readonly ruleMemo: (Val | undefined)[] = [];
  private roleMemo: Map<string, Val> | undefined;
  private readonly p: Prepared;
  headline: Headline | undefined;

  /**
   * `changes`: answers that differ from `answers` (undefined for one taken
   * away), so that an evaluation of changed answers needs no copy of them.
   */
  constructor(
    readonly compiled: Compiled,
    readonly answers: Answers,
    private readonly base?: Base,
    private readonly changes?: ReadonlyMap<string, AnswerValue | undefined>,
  ) {
    this.p = prepared(compiled);
  }

  /** The answer to a question as this evaluator reads it. */
  answer(questionId: string): AnswerValue | undefined {
    const changes = this.changes;
    return changes !== undefined && changes.has(questionId) ? changes.get(questionId) : this.answers[questionId];
  }

  condition(cond: Condition): Val {
    const fn = this.compiled.conditionFns.get(cond) as Fn | undefined;
    return (fn ?? fnOf(this.compiled, cond))(this);
  }

  /**
   * The answer to `questionId` was set or changed in `answers` (which this
   * evaluator reads as they are): forget the facts and rules that read it, so
   * that one evaluator can follow answers given one after another.
   */
  answered(questionId: string): void {
    const r = dependents(this.compiled).readers(questionId);
    for (const i of r.facts) this.factMemo[i] = undefined;
    for (const i of r.rules) this.ruleMemo[i] = undefined;
    this.roleMemo = undefined;
  }

  /** The integrity check rules out circles; this only stops a broken questionnaire from recursing forever. */
  private depth = 0;

  private guard(fn: Fn, what: () => string): Val {
    if (++this.depth > 200) throw new Error(`circular reference through ${what()}`);
    try {
      return fn(this);
    } finally {
      this.depth--;
    }
  }

  fact(id: string): Val {
    const i = this.compiled.factIndex.get(id);
    if (i === undefined) throw new Error(`unknown fact ${id}`);
    return this.factAt(i);
  }

  factAt(i: number): Val {
    let val = this.factMemo[i];
    if (val) return val;
    const base = this.base;
    val = base && !base.dirtyFacts[i] ? base.evaluator.factAt(i) : this.guard(this.p.facts[i]!, () => `fact ${this.compiled.factList[i]!.id}`);
    this.factMemo[i] = val;
    return val;
  }

  rule(id: string): Val {
    const i = this.compiled.ruleIndex.get(id);
    if (i === undefined) throw new Error(`unknown rule ${id}`);
    return this.ruleAt(i);
  }

  ruleAt(i: number): Val {
    let val = this.ruleMemo[i];
    if (val) return val;
    const base = this.base;
    val = base && !base.dirtyRules[i] ? base.evaluator.ruleAt(i) : this.guard(this.p.rules[i]!, () => `rule ${this.compiled.ruleList[i]!.id}`);
    this.ruleMemo[i] = val;
    return val;
  }

  role(role: string): Val {
    this.roleMemo ??= new Map();
    let val = this.roleMemo.get(role);
    if (!val) {
      val = any((this.compiled.roleRulesOf.get(role) ?? []).map((r) => this.applied(r)));
      this.roleMemo.set(role, val);
    }
    return val;
  }

  /** A rule's value once its policy for uncertainty is applied: an uncertain rule that does not apply is false. */
  applied(rule: Rule): Val {
    const i = this.compiled.ruleIndex.get(rule.id);
    if (i === undefined) throw new Error(`unknown rule ${rule.id}`);
    return this.appliedAt(i);
  }

  appliedAt(i: number): Val {
    const val = this.ruleAt(i);
    if (val.v === 'U' && this.p.lenient[i]) return { v: 'F', why: val.why };
    return val;
  }
}

/** Exits (not an AI system, out of scope) need certainty; every other rule applies when uncertain. */
export function onUnknown(rule: Rule): 'applies' | 'does-not-apply' {
  if (rule.onUnknown) return rule.onUnknown;
  if (rule.effect === 'tier' && (rule.tier === 'not-ai-system' || rule.tier === 'out-of-scope')) return 'does-not-apply';
  return 'applies';
}


interface Prepared {
  facts: Fn[];
  rules: Fn[];
  /** Rules that do not apply when uncertain. */
  lenient: Uint8Array;
}
const preparedOf = new WeakMap<Compiled, Prepared>();

/** Compiles every condition of the questionnaire, once per questionnaire. */
function prepared(compiled: Compiled): Prepared {
  let p = preparedOf.get(compiled);
  if (p) return p;
  const q = compiled.questionnaire;
  p = {
    facts: q.facts.map((f) => fnOf(compiled, f.when)),
    rules: q.rules.map((r) => fnOf(compiled, r.when)),
    lenient: Uint8Array.from(q.rules, (r) => (onUnknown(r) === 'does-not-apply' ? 1 : 0)),
  };
  preparedOf.set(compiled, p);
  for (const c of [
    ...q.questions.flatMap((x) => (x.showIf ? [x.showIf] : [])),
    ...q.obligations.map((o) => o.when),
    ...q.obligationGroups.flatMap((g) => (g.when ? [g.when] : [])),
    ...q.guidance.map((g) => g.when),
    ...q.dates.flatMap((d) => (d.variants ?? []).map((v) => v.when)),
  ])
    fnOf(compiled, c);
  return p;
}

/** The compiled function of a condition, made once and kept with the compiled questionnaire. */
function fnOf(compiled: Compiled, cond: Condition): Fn {
  const known = compiled.conditionFns.get(cond);
  if (known) return known as Fn;
  const fn = compileCondition(compiled, cond);
  compiled.conditionFns.set(cond, fn);
  return fn;
}

function compileCondition(compiled: Compiled, cond: Condition): Fn {
  if ('q' in cond) return answerFn(cond);
  if ('fact' in cond) {
    const i = compiled.factIndex.get(cond.fact);
    if (i === undefined) return () => { throw new Error(`unknown fact ${cond.fact}`); };
    return (e) => e.factAt(i);
  }
  if ('rule' in cond) {
    const i = compiled.ruleIndex.get(cond.rule);
    if (i === undefined) return () => { throw new Error(`unknown rule ${cond.rule}`); };
    return (e) => e.appliedAt(i);
  }
  if ('tier' in cond) {
    const tier = cond.tier;
    const T: Val = { v: 'T', why: [] };
    const U: Val = { v: 'U', why: [] };
    return (e) => {
      if (!e.headline) throw new Error(`condition { tier: ${tier} } read before the tier is known`);
      if (e.headline.tier !== tier) return FALSE;
      return e.headline.provisional ? U : T;
    };
  }
  if ('role' in cond) {
    const role = cond.role;
    return (e) => e.role(role);
  }
  if ('not' in cond) {
    const inner = fnOf(compiled, cond.not);
    return (e) => not(inner(e));
  }
  const parts = ('all' in cond ? cond.all : cond.any).map((c) => fnOf(compiled, c));
  if ('all' in cond) return (e) => allOf(parts, e);
  return (e) => anyOf(parts, e);
}

type AnswerCondition = Extract<Condition, { q: string }>;

/** An answer test. Its three possible values are made once: evaluating it allocates nothing. */
function answerFn(cond: AnswerCondition): Fn {
  const why = [cond.q] as const;
  const T: Val = { v: 'T', why };
  const F: Val = { v: 'F', why };
  const U: Val = { v: 'U', why };
  const q = cond.q;
  if ('is' in cond || 'isOneOf' in cond) {
    const wanted: readonly string[] = 'is' in cond ? [cond.is] : cond.isOneOf;
    return (e) => {
      const value = e.answer(q);
      if (value === undefined) return FALSE;
      if (typeof value !== 'string') return F;
      if (wanted.includes(value)) return T;
      return value === UNKNOWN ? U : F;
    };
  }
  const wanted: readonly string[] = 'includes' in cond ? [cond.includes] : cond.includesAny;
  return (e) => {
    const value = e.answer(q);
    if (value === undefined) return FALSE;
    if (typeof value === 'string') return wanted.includes(value) ? T : value === UNKNOWN ? U : F;
    for (const v of value) if (wanted.includes(v)) return T;
    return value.includes(UNKNOWN) ? U : F;
  };
}
