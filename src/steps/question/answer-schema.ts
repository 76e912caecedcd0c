/**
 * The form schema for one question, built from its definition: one field,
 * `answer`, whose messages name the question (so that on a page of several
 * questions each message says which one is missing). The engine's
 * answerProblem() stays the final word; this gives the user a message for each
 * way to get it wrong.
 */
import * as z from 'zod/mini';
import { UNKNOWN } from '../../engine/answers.ts';
import type { Question } from '../../questionnaire/schema.ts';
import { isChoice } from '../../questionnaire/kinds.ts';
import type { Strings } from '../../i18n/catalogue.ts';

export type AnswerForm = { answer: string | string[] };

/** The form of a page: one field per question, named by its field id (see field-ids.ts). */
export type PageForm = Record<string, string | string[]>;

export function allowedValues(question: Question): string[] {
  if (!isChoice(question)) return [];
  const values = question.options.map((o) => o.value);
  return question.unknown ? [...values, UNKNOWN] : values;
}

type FormSchema = z.ZodMiniType<AnswerForm, AnswerForm>;

export function answerSchema(question: Question, t: Strings): FormSchema {
  if (!isChoice(question)) {
    const max = question.maxLength ?? (question.type === 'text' ? 200 : 5000);
    const enterText = t.journey.enterText(question.text);
    const checks = question.optional ? [z.maxLength(max, t.errors.tooLong(max))] : [z.trim(), z.minLength(1, enterText), z.maxLength(max, t.errors.tooLong(max))];
    return z.object({ answer: z.string({ error: enterText }).check(...checks) }) as unknown as FormSchema;
  }
  const values = allowedValues(question);
  if (question.type === 'single') {
    const chooseOne = t.journey.chooseOne(question.text);
    return z.object({ answer: z.string({ error: chooseOne }).check(z.refine((v) => values.includes(v), chooseOne)) }) as unknown as FormSchema;
  }
  const chooseSome = t.journey.chooseSome(question.text);
  return z.object({
    answer: z.array(z.string(), { error: chooseSome }).check(z.minLength(1, chooseSome), z.refine((list) => list.every((v) => values.includes(v)), chooseSome)),
  }) as unknown as FormSchema;
}

/** The first problem with one answer, in the user's words, or null when it will do; `value` is the answer cleaned up (trimmed). */
export function checkAnswer(question: Question, value: unknown, t: Strings): { ok: true; value: string | string[] } | { ok: false; message: string } {
  const result = answerSchema(question, t)['~standard'].validate({ answer: value });
  if (result instanceof Promise) throw new Error('answer schemas are synchronous');
  if (result.issues) return { ok: false, message: result.issues[0]?.message ?? t.journey.chooseOne(question.text) };
  return { ok: true, value: (result.value as AnswerForm).answer };
}

/** Ticking an exclusive option (or "I don't know") clears the others; ticking another clears those. */
export function tickOption(question: Question, current: string[], value: string, checked: boolean): string[] {
  if (!isChoice(question)) return current;
  if (!checked) return current.filter((v) => v !== value);
  const alone = (v: string) => v === UNKNOWN || question.options.some((o) => o.value === v && o.exclusive);
  if (alone(value)) return [value];
  return [...current.filter((v) => !alone(v)), value];
}
