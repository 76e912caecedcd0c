import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { caseAnswers, euAiAct } from './load.ts';

const questionnaire = euAiAct();

describe('exclusions from scope', () => {
  it('an open-source system that is neither prohibited, high-risk nor transparent is out of scope (Art 2(12))', () => {
    const a = assess(questionnaire, { ...caseAnswers(questionnaire, 'p05-face-unlock'), 'scope.open-source': 'yes' });
    expect(a.outcome.tier).toBe('out-of-scope');
    expect(a.outcome.decidedBy.map((r) => r.id)).toEqual(['scope-excl-foss']);
    expect(a.obligations).toEqual([]);
  });

  it('the open-source exclusion does not help a system with transparency duties or a high-risk one', () => {
    const chatbot = { ...caseAnswers(questionnaire, 'p04-voice-cloning'), 'scope.open-source': 'yes' };
    expect(assess(questionnaire, chatbot).outcome.tier).toBe('limited');
    const grading = { ...caseAnswers(questionnaire, 'p18-narrow-task-no-profiling-unknown'), 'scope.open-source': 'yes', 'derog.profiling': 'yes' };
    expect(assess(questionnaire, grading).outcome.tier).toBe('high');
  });

  it('an unknown answer to an exclusion never takes the system out of scope', () => {
    const a = assess(questionnaire, { ...caseAnswers(questionnaire, 'p01-school-admission'), 'scope.military': 'unknown' });
    expect(a.outcome.tier).toBe('high');
    expect(a.uncertainties.map((u) => u.questionId)).toContain('scope.military');
  });

  it('"not an AI system" ends the questions and lists nothing under the Act', () => {
    const a = assess(questionnaire, caseAnswers(questionnaire, 'p11-fee-spreadsheet'));
    expect(a.stoppedBy).toBe('def-ai-system');
    expect(a.answers.map((x) => x.questionId)).not.toContain('art5.screen');
    expect(a.outcome.next.join(' ')).toMatch(/GDPR/);
    expect(a.whatWouldChange.some((c) => c.questionId === 'ai.infers' && c.tier === null)).toBe(true);
  });
});
