/** Plain data for the views, read from the machine's context with the engine's help. */
import { optionLabels, UNKNOWN, type Answers } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import { pagePosition } from '../engine/pages.ts';

import type { Questionnaire } from '../questionnaire/schema.ts';
import { stepBefore } from '../machine/navigation.ts';
import { stepToHash } from '../machine/step-hash.ts';
import type { AnswerSection } from '../steps/check-answers-step.tsx';
import type { Progress } from '../steps/question/progress-caption.tsx';

export function progressOf(q: Questionnaire, answers: Answers, questionId: string): Progress {
  const question = q.questions.find((x) => x.id === questionId)!;
  const index = q.sections.findIndex((s) => s.id === question.section);
  const { page, ofAbout } = pagePosition(q, answers, questionId);
  return { section: index + 1, sections: q.sections.length, sectionTitle: q.sections[index]?.title ?? '', page, ofAbout };
}


export function backHrefOf(q: Questionnaire, answers: Answers, questionId: string): string {
  return stepToHash(stepBefore(q, answers, questionId));
}

export function answerSections(q: Questionnaire, answers: Answers): AnswerSection[] {
  const r = route(q, answers);
  const sections: AnswerSection[] = [];
  for (const id of r.steps) {
    const question = q.questions.find((x) => x.id === id)!;
    const section = q.sections.find((s) => s.id === question.section)!;
    let group = sections[sections.length - 1];
    if (!group || group.id !== section.id) {
      group = { id: section.id, title: section.title, rows: [] };
      sections.push(group);
    }
    const value = r.relevant[id]!;
    const unknown = value === UNKNOWN || (Array.isArray(value) && value.includes(UNKNOWN));
    group.rows.push({ questionId: id, question: question.text, answer: optionLabels(question, value, q.unknownLabel), changeHref: stepToHash({ kind: 'question', id }), unknown });
  }
  return sections;
}

/** The answer to the question the report uses as `reportAs` (system name, organisation). */
export function reportField(q: Questionnaire, answers: Answers, reportAs: string): string | null {
  const question = q.questions.find((x) => x.reportAs === reportAs);
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
