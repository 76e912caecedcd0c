/**
 * What the register keeps of the engine's result for one saved assessment, so
 * that opening the register does not parse and assess every file again. It is
 * a cache, never a source: it is keyed by the questionnaire (id, version,
 * language) and a hash of the answers as stored, and anything that does not
 * match that key exactly, or does not have the expected shape, is recomputed
 * from the file by the engine.
 */
import type { Answers } from '../engine/answers.ts';
import type { TimelineObligation } from '../engine/timeline.ts';
import type { Questionnaire, Role, Tier } from '../questionnaire/schema.ts';
import { ROLES, TIERS } from '../questionnaire/kinds.ts';
import type { ListedAssessment } from './register-rows.ts';

export interface RegisterSummary {
  key: string;
  roles: Role[];
  tier: Tier;
  tierTitle: string;
  provisional: boolean;
  complete: boolean;
  openPoints: number;
  obligations: TimelineObligation[];
}

/** FNV-1a over the text: enough to tell answers apart for a cache key (the key also names the questionnaire). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + text.length.toString(36);
}

export function summaryKey(questionnaire: Questionnaire, storedAnswers: unknown): string {
  return `${questionnaire.id}@${questionnaire.version}/${questionnaire.locale}#${hash(JSON.stringify(storedAnswers ?? null))}`;
}

export function summarise(key: string, a: ListedAssessment): RegisterSummary {
  return {
    key,
    roles: a.roles.map((r) => r.role),
    tier: a.outcome.tier,
    tierTitle: a.outcome.title,
    provisional: a.outcome.provisional,
    complete: a.complete,
    openPoints: a.uncertainties.length,
    obligations: a.obligations.map((o) => ({
      id: o.id,
      title: o.title,
      who: o.who,
      group: o.group,
      groupTitle: o.groupTitle,
      certain: o.certain,
      appliesFrom: o.appliesFrom.was ? { date: o.appliesFrom.date, was: o.appliesFrom.was } : { date: o.appliesFrom.date },
    })),
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The stored summary when it is for exactly this questionnaire and these answers and has the right shape; otherwise null. */
export function usableSummary(value: unknown, key: string): RegisterSummary | null {
  const s = value as Partial<RegisterSummary> | null;
  if (typeof s !== 'object' || s === null || s.key !== key) return null;
  if (!TIERS.includes(s.tier as Tier) || typeof s.tierTitle !== 'string' || typeof s.provisional !== 'boolean' || typeof s.complete !== 'boolean') return null;
  if (!Number.isInteger(s.openPoints) || !Array.isArray(s.roles) || !s.roles.every((r) => ROLES.includes(r))) return null;
  if (!Array.isArray(s.obligations)) return null;
  const ok = s.obligations.every(
    (o) => typeof o === 'object' && o !== null && typeof o.id === 'string' && typeof o.title === 'string' && ROLES.includes(o.who) && typeof o.certain === 'boolean' && typeof o.appliesFrom?.date === 'string' && ISO.test(o.appliesFrom.date),
  );
  return ok ? (s as RegisterSummary) : null;
}

export type { Answers };
