import { describe, expect, it } from 'vitest';
import { loadStrings, type Locale } from '../../src/i18n/catalogue.ts';
import { checkAnswer } from '../../src/steps/question/answer-schema.ts';
import { euAiAct } from '../engine/load.ts';

const q = euAiAct();

describe.each(['en', 'sv', 'de'] as Locale[])('the message for a missing answer (%s)', (lang) => {
  it('names the question, for every question that needs an answer', async () => {
    const t = await loadStrings(lang);
    const messages = new Set<string>();
    for (const question of q.questions) {
      if ((question.type === 'text' || question.type === 'longtext') && question.optional) continue;
      const empty = question.type === 'multi' ? [] : '';
      const result = checkAnswer(question, empty, t);
      expect(result.ok, question.id).toBe(false);
      if (result.ok) continue;
      expect(result.message, question.id).toContain(question.text);
      messages.add(result.message);
    }
    expect(messages.size).toBeGreaterThan(50);
  });
});
