import type { Questionnaire, Tier } from '../questionnaire/schema.ts';

/** The outcome's title for a tier, in the questionnaire's language. */
export function tierTitle(q: Questionnaire, tier: Tier): string {
  return q.outcomes.find((o) => o.tier === tier)?.title ?? tier;
}
