/**
 * The closed lists and type guards that code running in the browser needs, kept
 * apart from the zod schema so that importing them does not bring zod along.
 */
import type { ChoiceQuestion, Question } from './schema.ts';

export const TIERS = ['not-ai-system', 'out-of-scope', 'unacceptable', 'high', 'gpai-model', 'limited', 'minimal'] as const;

export const ROLES = ['provider', 'deployer', 'importer', 'distributor', 'authorised-representative', 'product-manufacturer'] as const;

/** Who can usually settle an "I don't know": shown beside the point to find out, and used to ask the supplier. */
export const WHO_KNOWS = ['supplier', 'dpo', 'legal', 'procurement', 'team'] as const;

export const TRACKS = ['transparency', 'gpai', 'gpai-systemic-risk'] as const;

export function isChoice(question: Question): question is ChoiceQuestion {
  return question.type === 'single' || question.type === 'multi';
}
