import fc from 'fast-check';
import type { Answers, AnswerValue } from '../../src/engine/answers.ts';
import { answerChoices } from '../../src/engine/paths.ts';
import { route } from '../../src/engine/journey.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { isChoice } from '../../src/questionnaire/kinds.ts';

/**
 * A random but complete journey: at each question, an answer drawn from the
 * seeds (for multi-choice, any non-empty combination that the question allows).
 */
export function journeyFrom(questionnaire: Questionnaire, seeds: number[]): Answers {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const answers: Record<string, AnswerValue> = {};
  for (let i = 0; ; i++) {
    const current = route(questionnaire, answers).current;
    if (current === null) return answers;
    const question = byId.get(current)!;
    const seed = seeds[i % seeds.length]! + i;
    if (question.type === 'multi') {
      const plain = question.options.filter((o) => !o.exclusive).map((o) => o.value);
      const picked = plain.filter((_, k) => (seed >> k) & 1);
      answers[current] = picked.length > 0 && seed % 5 !== 0 ? picked : (answerChoices(question)[seed % answerChoices(question).length] as string[]);
    } else {
      const choices = answerChoices(question);
      answers[current] = isChoice(question) ? choices[seed % choices.length]! : 'Some text';
    }
  }
}

export const seedsArb = fc.array(fc.nat({ max: 1 << 20 }), { minLength: 1, maxLength: 40 });
