// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { reloadQuizSession, resetQuizSession, setQuizSession } from '../../src/training/quiz-session.ts';
import { renderHook } from '@testing-library/react';
import { useQuizSession } from '../../src/training/quiz-session.ts';

afterEach(() => resetQuizSession());

describe('the quiz session', () => {
  it('keeps the score and the current case across a reload, and ignores a damaged entry', () => {
    setQuizSession({ score: { correct: 2, answered: 3, done: ['p01', 'p03', 'p05'] }, caseId: 'p07' });
    reloadQuizSession();
    const { result } = renderHook(() => useQuizSession());
    expect(result.current).toEqual({ score: { correct: 2, answered: 3, done: ['p01', 'p03', 'p05'] }, caseId: 'p07' });
    sessionStorage.setItem('ai-act-wizard:quiz-session', '{"score":{"correct":9,"answered":1,"done":[]},"caseId":null}');
    reloadQuizSession();
    const again = renderHook(() => useQuizSession());
    expect(again.result.current.score.answered).toBe(0);
  });
});
