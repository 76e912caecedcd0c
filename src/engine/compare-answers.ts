/**
 * What a supplier's reply would change: each answer beside the buyer's, and the
 * result before and after (the engine run on both sets of answers).
 */
import type { Answers } from './answers.ts';
import { optionLabels } from './answers.ts';
import { assess } from './assess.ts';
import type { Assessment } from './assessment.ts';
import type { Questionnaire, Tier } from '../questionnaire/schema.ts';

export interface AnswerComparison {
  questionId: string;
  question: string;
  supplier: string[];
  /** The buyer's answer, or null where the buyer has none. */
  buyer: string[] | null;
  /** The supplier's answer differs from the buyer's and would replace it. */
  replaces: boolean;
}

export interface ResultSide {
  tier: Tier;
  title: string;
  provisional: boolean;
  complete: boolean;
}

export interface ReplyComparison {
  answers: AnswerComparison[];
  before: ResultSide;
  after: ResultSide;
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
}

/** The buyer's answers with the accepted answers of the supplier in their place. */
export function mergeAnswers(buyer: Answers, supplier: Answers, accepted: readonly string[]): Answers {
  const take = new Set(accepted);
  return { ...buyer, ...Object.fromEntries(Object.entries(supplier).filter(([id]) => take.has(id))) };
}

const side = (a: Assessment): ResultSide => ({ tier: a.outcome.tier, title: a.outcome.title, provisional: a.outcome.provisional, complete: a.complete });

export function compareReply(questionnaire: Questionnaire, buyer: Answers, supplier: Answers, accepted: readonly string[] = Object.keys(supplier)): ReplyComparison {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const label = (id: string, value: Answers[string]) => optionLabels(byId.get(id)!, value, questionnaire.unknownLabel);
  const answers = questionnaire.questions
    .filter((q) => q.id in supplier)
    .map((q) => {
      const mine = buyer[q.id];
      return {
        questionId: q.id,
        question: q.text,
        supplier: label(q.id, supplier[q.id]!),
        buyer: mine === undefined ? null : label(q.id, mine),
        replaces: mine !== undefined && JSON.stringify(mine) !== JSON.stringify(supplier[q.id]),
      };
    });
  const before = assess(questionnaire, buyer);
  const after = assess(questionnaire, mergeAnswers(buyer, supplier, accepted));
  const ids = (a: Assessment) => new Map(a.obligations.map((o) => [o.id, o.title]));
  const was = ids(before);
  const now = ids(after);
  return {
    answers,
    before: side(before),
    after: side(after),
    added: [...now].filter(([id]) => !was.has(id)).map(([id, title]) => ({ id, title })),
    removed: [...was].filter(([id]) => !now.has(id)).map(([id, title]) => ({ id, title })),
  };
}
