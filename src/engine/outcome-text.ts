/**
 * The plain-language text of a headline outcome: the tier's text from outcomes.yaml,
 * or the first of its variants whose condition holds for these answers.
 */
import type { Questionnaire, Tier } from '../questionnaire/schema.ts';
import type { Outcome, RuleHit } from './assessment.ts';
import type { Evaluator } from './evaluate.ts';

export function outcomeFor(questionnaire: Questionnaire, evaluator: Evaluator, tier: Tier, provisional: boolean, decidedBy: RuleHit[]): Outcome {
  const text = questionnaire.outcomes.find((o) => o.tier === tier)!;
  const variant = text.variants?.find((v) => evaluator.condition(v.when).v === 'T');
  return {
    tier,
    provisional,
    title: text.title,
    summary: variant?.summary ?? text.summary,
    next: variant?.next ?? text.next,
    cites: variant?.cites ?? text.cites,
    decidedBy,
  };
}
