/**
 * The closed lists and type guards that code running in the browser needs, kept
 * apart from the zod schema so that importing them does not bring zod along.
 */
import type { ChoiceQuestion, Question } from './schema.ts';

export const TIERS = ['not-ai-system', 'out-of-scope', 'unacceptable', 'high', 'gpai-model', 'limited', 'minimal'] as const;

export const ROLES = ['provider', 'deployer', 'importer', 'distributor', 'authorised-representative', 'product-manufacturer'] as const;

export const TRACKS = ['transparency', 'gpai', 'gpai-systemic-risk'] as const;

export function isChoice(question: Question): question is ChoiceQuestion {
  return question.type === 'single' || question.type === 'multi';
}
