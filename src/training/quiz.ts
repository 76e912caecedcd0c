/**
 * The quiz's bookkeeping: compare a learner's guess with the engine's outcome,
 * keep the session score, and pick the next case. Pure; the engine decides the outcome.
 */
import type { Outcome } from '../engine/assessment.ts';
import type { Tier } from '../questionnaire/schema.ts';

export interface Comparison {
  correct: boolean;
  guess: Tier;
  actual: Tier;
  provisional: boolean;
}

export interface QuizScore {
  correct: number;
  answered: number;
  /** Cases answered in the current round, in order. */
  done: string[];
}

export const emptyScore: QuizScore = { correct: 0, answered: 0, done: [] };

export function compareGuess(guess: Tier, outcome: Pick<Outcome, 'tier' | 'provisional'>): Comparison {
  return { correct: guess === outcome.tier, guess, actual: outcome.tier, provisional: outcome.provisional };
}

/** Counts a case once per round: answering the same case again in a round changes nothing. */
export function recordAnswer(score: QuizScore, caseId: string, comparison: Comparison): QuizScore {
  if (score.done.includes(caseId)) return score;
  return {
    correct: score.correct + (comparison.correct ? 1 : 0),
    answered: score.answered + 1,
    done: [...score.done, caseId],
  };
}

/**
 * The case after `current`: the next one in order not yet answered in this round.
 * When every case is answered a new round starts (the score is kept).
 */
export function nextCase(caseIds: readonly string[], score: QuizScore, current: string | null): { caseId: string | null; score: QuizScore } {
  if (caseIds.length === 0) return { caseId: null, score };
  const start = current === null ? 0 : caseIds.indexOf(current) + 1;
  for (let i = 0; i < caseIds.length; i++) {
    const id = caseIds[(start + i) % caseIds.length]!;
    if (!score.done.includes(id)) return { caseId: id, score };
  }
  const fresh = { ...score, done: [] };
  return { caseId: caseIds[start % caseIds.length]!, score: fresh };
}

export function roundComplete(caseIds: readonly string[], score: QuizScore): boolean {
  return caseIds.length > 0 && caseIds.every((id) => score.done.includes(id));
}
