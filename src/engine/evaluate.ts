/**
 * Evaluates conditions against one set of answers, in three-valued logic.
 *
 * Stages: facts and classification rules read answers and facts (and other
 * classification rules); once the headline tier is known, role rules may read
 * it; obligations and dates may read everything, roles included. The integrity
 * check keeps each stage to what it may read.
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Rule, Tier } from '../questionnaire/schema.ts';
import type { Answers } from './answers.ts';
import { UNKNOWN } from './answers.ts';
import type { Compiled } from './compile.ts';
import { all, any, not, FALSE, type Val } from './kleene.ts';

export interface Headline {
  tier: Tier;
  provisional: boolean;
}

export class Evaluator {
  private readonly factMemo = new Map<string, Val>();
  private readonly ruleMemo = new Map<string, Val>();
  headline: Headline | undefined;

  constructor(
    readonly compiled: Compiled,
    readonly answers: Answers,
  ) {}

  condition(cond: Condition): Val {
    if ('q' in cond) return this.answer(cond);
    if ('fact' in cond) return this.fact(cond.fact);
    if ('rule' in cond) return this.applied(this.ruleById(cond.rule));
    if ('tier' in cond) {
      if (!this.headline) throw new Error(`condition { tier: ${cond.tier} } read before the tier is known`);
      if (this.headline.tier !== cond.tier) return FALSE;
      return { v: this.headline.provisional ? 'U' : 'T', why: [] };
    }
    if ('role' in cond) return this.role(cond.role);
    if ('all' in cond) return all(cond.all.map((c) => this.condition(c)));
    if ('any' in cond) return any(cond.any.map((c) => this.condition(c)));
    return not(this.condition(cond.not));
  }

  private answer(cond: Extract<Condition, { q: string }>): Val {
    const value = this.answers[cond.q];
    if (value === undefined) return FALSE;
    const why = [cond.q];
    if ('is' in cond || 'isOneOf' in cond) {
      const wanted = 'is' in cond ? [cond.is] : cond.isOneOf;
      if (typeof value !== 'string') return { v: 'F', why };
      if (wanted.includes(value)) return { v: 'T', why };
      return { v: value === UNKNOWN ? 'U' : 'F', why };
    }
    const wanted = 'includes' in cond ? [cond.includes] : cond.includesAny;
    const list = Array.isArray(value) ? value : [value];
    if (list.some((v) => wanted.includes(v))) return { v: 'T', why };
    return { v: list.includes(UNKNOWN) ? 'U' : 'F', why };
  }

  /** The integrity check rules out circles; this only stops a broken questionnaire from recursing forever. */
  private depth = 0;

  private guard<T>(key: string, fn: () => T): T {
    if (++this.depth > 200) throw new Error(`circular reference through ${key}`);
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  fact(id: string): Val {
    const memo = this.factMemo.get(id);
    if (memo) return memo;
    const fact = this.compiled.facts.get(id);
    if (!fact) throw new Error(`unknown fact ${id}`);
    const val = this.guard(`fact ${id}`, () => this.condition(fact.when));
    this.factMemo.set(id, val);
    return val;
  }

  private ruleById(id: string): Rule {
    const rule = this.compiled.rules.get(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    return rule;
  }

  rule(id: string): Val {
    const memo = this.ruleMemo.get(id);
    if (memo) return memo;
    const rule = this.compiled.rules.get(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    const val = this.guard(`rule ${id}`, () => this.condition(rule.when));
    this.ruleMemo.set(id, val);
    return val;
  }

  private readonly roleMemo = new Map<string, Val>();

  role(role: string): Val {
    let val = this.roleMemo.get(role);
    if (!val) {
      val = any(this.compiled.roleRules.filter((r) => r.effect === 'role' && r.role === role).map((r) => this.applied(r)));
      this.roleMemo.set(role, val);
    }
    return val;
  }

  /** A rule's value once its policy for uncertainty is applied: an uncertain rule that does not apply is false. */
  applied(rule: Rule): Val {
    const val = this.rule(rule.id);
    if (val.v === 'U' && onUnknown(rule) === 'does-not-apply') return { v: 'F', why: val.why };
    return val;
  }
}

/** Exits (not an AI system, out of scope) need certainty; every other rule applies when uncertain. */
export function onUnknown(rule: Rule): 'applies' | 'does-not-apply' {
  if (rule.onUnknown) return rule.onUnknown;
  if (rule.effect === 'tier' && (rule.tier === 'not-ai-system' || rule.tier === 'out-of-scope')) return 'does-not-apply';
  return 'applies';
}
