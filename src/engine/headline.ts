/**
 * The headline alone (tier, provisional, complete, title), for lists that show
 * many assessments at once: no reasons, roles, obligations or "what would
 * change". Cached per questionnaire by the answers' fingerprint, so a list that
 * renders again does no work for assessments it has already shown.
 */
import type { Questionnaire, Tier } from '../questionnaire/schema.ts';
import type { Answers } from './answers.ts';
import { headlineFor } from './classify.ts';

export interface ListHeadline {
  tier: Tier;
  provisional: boolean;
  /** False while questions on the route are unanswered (the tier is then what the answers so far give). */
  complete: boolean;
  title: string;
}

const LIMIT = 500;
const caches = new WeakMap<Questionnaire, Map<string, ListHeadline>>();

/** The same string for the same answers, whatever order their keys were written in. */
export function answersKey(answers: Answers): string {
  return JSON.stringify(Object.keys(answers).sort().map((id) => [id, answers[id]]));
}

export function headline(questionnaire: Questionnaire, answers: Answers): ListHeadline {
  let cache = caches.get(questionnaire);
  if (!cache) caches.set(questionnaire, (cache = new Map()));
  const key = answersKey(answers);
  const known = cache.get(key);
  if (known) return known;
  const { tier, provisional, complete } = headlineFor(questionnaire, answers);
  const made: ListHeadline = { tier, provisional, complete, title: questionnaire.outcomes.find((o) => o.tier === tier)?.title ?? tier };
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, made);
  return made;
}
