/**
 * The route: the legal points that decided the outcome, read from the conditions that held.
 *
 * Walks each deciding rule's condition and keeps only the parts that held (negations name no
 * route). An answer contributes the cites of the chosen options the condition asked for; a fact
 * with its own cites stands for the answers behind it. So a permitted real-time identification
 * reads "Annex III 1(a)", not the Article 5 option that was ticked on the way.
 */
import type { Condition } from '../questionnaire/condition.ts';
import type { Citation } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';
import type { RuleHit } from './assessment.ts';
import type { Compiled } from './compile.ts';
import type { Evaluator } from './evaluate.ts';

export function routesOf(compiled: Compiled, evaluator: Evaluator, decidedBy: readonly RuleHit[]): Citation[] {
  const out = new Map<string, Citation>();
  const add = (cites: readonly Citation[] | undefined) => cites?.forEach((c) => out.has(c.cite) || out.set(c.cite, c));
  const walk = (cond: Condition, depth: number): void => {
    if (depth > 100 || evaluator.condition(cond).v === 'F') return;
    if ('q' in cond) {
      const question = compiled.questions.get(cond.q);
      const value = evaluator.answer(cond.q);
      if (!question || !isChoice(question) || value === undefined) return;
      const wanted = 'is' in cond ? [cond.is] : 'isOneOf' in cond ? cond.isOneOf : 'includes' in cond ? [cond.includes] : cond.includesAny;
      const chosen = (Array.isArray(value) ? value : [value]).filter((v) => wanted.includes(v));
      for (const v of chosen) add(question.options.find((o) => o.value === v)?.cites);
    } else if ('fact' in cond) {
      const fact = compiled.facts.get(cond.fact);
      if (fact?.cites) add(fact.cites);
      else if (fact) walk(fact.when, depth + 1);
    } else if ('rule' in cond) {
      const rule = compiled.rules.get(cond.rule);
      if (rule) walk(rule.when, depth + 1);
    } else if ('all' in cond) cond.all.forEach((c) => walk(c, depth + 1));
    else if ('any' in cond) cond.any.forEach((c) => walk(c, depth + 1));
  };
  for (const hit of decidedBy) {
    const rule = compiled.rules.get(hit.id);
    if (rule) walk(rule.when, 0);
  }
  return [...out.values()];
}
