/**
 * The quiz's score and current case for this browser session: kept in
 * sessionStorage, so a reload during a training session keeps the score, and
 * gone when the tab is closed. Storage that refuses just means memory only.
 */
import { useSyncExternalStore } from 'react';
import { emptyScore, type QuizScore } from './quiz.ts';

export interface QuizSession {
  score: QuizScore;
  caseId: string | null;
}

const KEY = 'ai-act-wizard:quiz-session';
const blank: QuizSession = { score: emptyScore, caseId: null };

function isSession(value: unknown): value is QuizSession {
  if (!value || typeof value !== 'object') return false;
  const { score, caseId } = value as Partial<QuizSession>;
  return (
    (caseId === null || typeof caseId === 'string') &&
    !!score &&
    Number.isInteger(score.correct) &&
    Number.isInteger(score.answered) &&
    score.correct >= 0 &&
    score.correct <= score.answered &&
    Array.isArray(score.done) &&
    score.done.every((d) => typeof d === 'string')
  );
}

function restore(): QuizSession {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? 'null');
    return isSession(parsed) ? parsed : blank;
  } catch {
    return blank;
  }
}

let session: QuizSession = restore();
const listeners = new Set<() => void>();

export function setQuizSession(next: QuizSession): void {
  session = next;
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage refused: the score lasts until the page is reloaded
  }
  listeners.forEach((l) => l());
}

export function resetQuizSession(): void {
  setQuizSession(blank);
}

/** Reads the stored session again (after a reload; used by tests). */
export function reloadQuizSession(): void {
  session = restore();
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useQuizSession(): QuizSession {
  return useSyncExternalStore(subscribe, () => session);
}
