/** The quiz's score and current case for this browser session (memory only, never stored). */
import { useSyncExternalStore } from 'react';
import { emptyScore, type QuizScore } from './quiz.ts';

export interface QuizSession {
  score: QuizScore;
  caseId: string | null;
}

let session: QuizSession = { score: emptyScore, caseId: null };
const listeners = new Set<() => void>();

export function setQuizSession(next: QuizSession): void {
  session = next;
  listeners.forEach((l) => l());
}

export function resetQuizSession(): void {
  setQuizSession({ score: emptyScore, caseId: null });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useQuizSession(): QuizSession {
  return useSyncExternalStore(subscribe, () => session);
}
