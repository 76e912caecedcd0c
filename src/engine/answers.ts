/**
 * Answers: what the user said, keyed by question id. A choice answer is an option
 * value (or "unknown" for "I don't know"); a multi-choice answer is a list of values;
 * a text answer is the text.
 */
import type { Question } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';

export type AnswerValue = string | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export const UNKNOWN = 'unknown';

/** Why an answer does not fit its question, or null when it does. */
export function answerProblem(question: Question, value: AnswerValue | undefined): string | null {
  if (value === undefined) return 'no answer';
  if (!isChoice(question)) {
    if (typeof value !== 'string') return 'expected text';
    if (!question.optional && value.trim() === '') return 'expected some text';
    const max = question.maxLength ?? (question.type === 'text' ? 200 : 5000);
    return value.length > max ? `expected at most ${max} characters` : null;
  }
  const { options, unknown } = question;
  const known = (v: unknown) => (v === UNKNOWN && unknown !== undefined) || options.some((o) => o.value === v);
  if (question.type === 'single') {
    if (typeof value !== 'string') return 'expected one option';
    return known(value) ? null : `"${value}" is not one of its options`;
  }
  if (!Array.isArray(value) || value.length === 0) return 'expected a list of one or more options';
  if (new Set(value).size !== value.length) return 'lists an option twice';
  const stranger = value.find((v) => typeof v !== 'string' || !known(v));
  if (stranger !== undefined) return `"${String(stranger)}" is not one of its options`;
  const alone = value.filter((v) => v === UNKNOWN || options.find((o) => o.value === v)?.exclusive);
  if (alone.length > 0 && value.length > 1) return `"${alone[0]}" cannot be combined with other options`;
  return null;
}

export function optionLabels(question: Question, value: AnswerValue, unknownLabel: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (!isChoice(question)) return values;
  const { options, unknown } = question;
  return values.map((v) =>
    v === UNKNOWN ? (unknown?.label ?? unknownLabel) : (options.find((o) => o.value === v)?.label ?? v),
  );
}
