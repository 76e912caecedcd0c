/**
 * The form schema for one question, built from its definition: one field,
 * `answer`, whose messages are the UI strings. The engine's answerProblem()
 * stays the final word; this gives the user a message for each way to get it wrong.
 */
import * as z from 'zod/mini';
import { UNKNOWN } from '../../engine/answers.ts';
import type { Question } from '../../questionnaire/schema.ts';
import { isChoice } from '../../questionnaire/kinds.ts';
import type { Strings } from '../../i18n/catalogue.ts';

export type AnswerForm = { answer: string | string[] };

export function allowedValues(question: Question): string[] {
  if (!isChoice(question)) return [];
  const values = question.options.map((o) => o.value);
  return question.unknown ? [...values, UNKNOWN] : values;
}

type FormSchema = z.ZodMiniType<AnswerForm, AnswerForm>;

export function answerSchema(question: Question, t: Strings): FormSchema {
  if (!isChoice(question)) {
    const max = question.maxLength ?? (question.type === 'text' ? 200 : 5000);
    const checks = question.optional ? [z.maxLength(max, t.errors.tooLong(max))] : [z.trim(), z.minLength(1, t.errors.enterText), z.maxLength(max, t.errors.tooLong(max))];
    return z.object({ answer: z.string({ error: t.errors.enterText }).check(...checks) }) as unknown as FormSchema;
  }
  const values = allowedValues(question);
  if (question.type === 'single') {
    return z.object({ answer: z.string({ error: t.errors.chooseOne }).check(z.refine((v) => values.includes(v), t.errors.chooseOne)) }) as unknown as FormSchema;
  }
  return z.object({
    answer: z.array(z.string(), { error: t.errors.chooseSome }).check(
      z.minLength(1, t.errors.chooseSome),
      z.refine((list) => list.every((v) => values.includes(v)), t.errors.chooseSome),
    ),
  }) as unknown as FormSchema;
}

/** Ticking an exclusive option (or "I don't know") clears the others; ticking another clears those. */
export function tickOption(question: Question, current: string[], value: string, checked: boolean): string[] {
  if (!isChoice(question)) return current;
  if (!checked) return current.filter((v) => v !== value);
  const alone = (v: string) => v === UNKNOWN || question.options.some((o) => o.value === v && o.exclusive);
  if (alone(value)) return [value];
  return [...current.filter((v) => !alone(v)), value];
}
