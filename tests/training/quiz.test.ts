import { describe, expect, it } from 'vitest';
import { compareGuess, emptyScore, nextCase, recordAnswer, roundComplete } from '../../src/training/quiz.ts';

const ids = ['a', 'b', 'c'];

describe('quiz', () => {
  it('compares a guess with the outcome', () => {
    expect(compareGuess('high', { tier: 'high', provisional: false })).toEqual({ correct: true, guess: 'high', actual: 'high', provisional: false });
    expect(compareGuess('minimal', { tier: 'limited', provisional: true })).toEqual({ correct: false, guess: 'minimal', actual: 'limited', provisional: true });
  });

  it('counts right and wrong answers, each case once per round', () => {
    let score = recordAnswer(emptyScore, 'a', compareGuess('high', { tier: 'high', provisional: false }));
    score = recordAnswer(score, 'b', compareGuess('high', { tier: 'minimal', provisional: false }));
    expect(score).toEqual({ correct: 1, answered: 2, done: ['a', 'b'] });
    expect(recordAnswer(score, 'a', compareGuess('high', { tier: 'high', provisional: false }))).toBe(score);
  });

  it('picks the next case not yet answered, and starts a new round when all are done', () => {
    const right = compareGuess('high', { tier: 'high', provisional: false });
    expect(nextCase(ids, emptyScore, null).caseId).toBe('a');
    let score = recordAnswer(emptyScore, 'a', right);
    expect(nextCase(ids, score, 'a').caseId).toBe('b');
    score = recordAnswer(score, 'c', right);
    expect(nextCase(ids, score, 'a').caseId).toBe('b');
    score = recordAnswer(score, 'b', right);
    expect(roundComplete(ids, score)).toBe(true);
    const next = nextCase(ids, score, 'b');
    expect(next.caseId).toBe('c');
    expect(next.score).toEqual({ correct: 3, answered: 3, done: [] });
    expect(nextCase([], emptyScore, null).caseId).toBeNull();
  });
});
