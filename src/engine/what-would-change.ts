/**
 * "What would change this result": for each answer that decided the outcome or
 * was "I don't know", try the other answers and report those that give another
 * outcome. A change that opens further questions reports tier null.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { AnswerValue } from './answers.ts';
import { optionLabels, UNKNOWN } from './answers.ts';
import type { Change } from './assessment.ts';
import { headlineFor, type CoreResult } from './classify.ts';
import { compile } from './compile.ts';

function alternatives(options: readonly { value: string; exclusive?: boolean }[], type: 'single' | 'multi', current: AnswerValue): AnswerValue[] {
  if (type === 'single') return options.filter((o) => o.value !== current).map((o) => o.value);
  const now = Array.isArray(current) ? current : [current];
  const out: AnswerValue[] = [];
  // Without each chosen option, or with a "none" answer instead.
  for (const v of now) {
    const rest = now.filter((x) => x !== v && x !== UNKNOWN);
    if (rest.length > 0) out.push(rest);
  }
  for (const o of options) if (o.exclusive && !now.includes(o.value)) out.push([o.value]);
  return out;
}

export function whatWouldChange(questionnaire: Questionnaire, core: CoreResult): Change[] {
  const { assessment, relevant } = core;
  if (!assessment.complete) return [];
  const compiled = compile(questionnaire);
  const ids = new Set<string>([
    ...assessment.outcome.decidedBy.flatMap((h) => h.because.map((b) => b.questionId)),
    ...assessment.uncertainties.map((u) => u.questionId),
  ]);
  const changes: Change[] = [];
  for (const id of ids) {
    const question = compiled.questions.get(id);
    const current = relevant[id];
    if (!question || current === undefined || (question.type !== 'single' && question.type !== 'multi')) continue;
    for (const alt of alternatives(question.options, question.type, current)) {
      const other = headlineFor(questionnaire, { ...relevant, [id]: alt });
      const tier = other.complete ? other.tier : null;
      if (tier === assessment.outcome.tier && other.provisional === assessment.outcome.provisional) continue;
      changes.push({
        questionId: id,
        question: question.text,
        ifAnswer: optionLabels(question, alt, questionnaire.unknownLabel),
        tier,
        title: tier ? questionnaire.outcomes.find((o) => o.tier === tier)!.title : null,
        provisional: other.provisional,
        confirms: tier === assessment.outcome.tier && !other.provisional,
      });
    }
  }
  return changes;
}
