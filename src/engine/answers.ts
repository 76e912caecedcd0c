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

/** A choice question's option values, and those that stand alone, gathered once per question. */
interface Choices {
  values: ReadonlySet<string>;
  exclusive: ReadonlySet<string>;
}
const choicesOf = new WeakMap<Question, Choices>();

function choices(question: Question & { options: readonly { value: string; exclusive?: boolean }[]; unknown?: unknown }): Choices {
  let made = choicesOf.get(question);
  if (!made) {
    const values = new Set(question.options.map((o) => o.value));
    const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
    if (question.unknown !== undefined) {
      values.add(UNKNOWN);
      exclusive.add(UNKNOWN);
    }
    made = { values, exclusive };
    choicesOf.set(question, made);
  }
  return made;
}

/** Why an answer does not fit its question, or null when it does. */
export function answerProblem(question: Question, value: AnswerValue | undefined): string | null {
  if (value === undefined) return 'no answer';
  if (!isChoice(question)) {
    if (typeof value !== 'string') return 'expected text';
    if (!question.optional && value.trim() === '') return 'expected some text';
    const max = question.maxLength ?? (question.type === 'text' ? 200 : 5000);
    return value.length > max ? `expected at most ${max} characters` : null;
  }
  const { values, exclusive } = choices(question);
  if (question.type === 'single') {
    if (typeof value !== 'string') return 'expected one option';
    return values.has(value) ? null : `"${value}" is not one of its options`;
  }
  if (!Array.isArray(value) || value.length === 0) return 'expected a list of one or more options';
  if (value.length > 1 && new Set(value).size !== value.length) return 'lists an option twice';
  let alone: string | undefined;
  for (const v of value as unknown[]) {
    if (typeof v !== 'string' || !values.has(v)) return `"${String(v)}" is not one of its options`;
    if (alone === undefined && exclusive.has(v)) alone = v;
  }
  if (alone !== undefined && value.length > 1) return `"${alone}" cannot be combined with other options`;
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
