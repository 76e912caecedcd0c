/** Open questions, every question with its answer, and the disclaimer. */
import { route } from '../engine/journey.ts';
import type { Block, ReportSection } from './report-model.ts';
import type { ReportInput } from './report-input.ts';

export function openQuestionsSection(input: ReportInput): ReportSection | null {
  const { assessment, questionnaire, context, t } = input;
  if (assessment.complete && assessment.uncertainties.length === 0) return null;
  const blocks: Block[] = [];
  if (!assessment.complete) {
    const current = route(questionnaire, context.answers).current;
    const question = questionnaire.questions.find((q) => q.id === current);
    blocks.push({ type: 'subheading', text: t.open.incomplete });
    blocks.push({ type: 'paragraph', text: question ? t.open.nextQuestion(question.text) : t.summary.answerRest });
  }
  if (assessment.uncertainties.length > 0) {
    const titles = new Map([...assessment.rules, ...assessment.obligations].map((x) => [x.id, x.title]));
    blocks.push({ type: 'paragraph', text: t.open.intro, muted: true, keepWithNext: true });
    for (const u of assessment.uncertainties) {
      const affects = [...new Set(u.affects.map((id) => titles.get(id) ?? id))];
      blocks.push({ type: 'subheading', text: u.question });
      blocks.push({
        type: 'facts',
        rows: [{ label: t.open.findOut, value: u.findOut }, ...(affects.length > 0 ? [{ label: t.open.affects, value: affects.join('\n') }] : [])],
      });
    }
  }
  return { id: 'open-questions', title: t.sections.openQuestions, blocks };
}

export function answersSection(input: ReportInput): ReportSection {
  const { assessment, questionnaire, t } = input;
  const blocks: Block[] = [{ type: 'paragraph', text: t.answers.intro, muted: true, keepWithNext: true }];
  for (const section of questionnaire.sections) {
    const answers = assessment.answers.filter((a) => a.section === section.id);
    if (answers.length === 0) continue;
    blocks.push({ type: 'subheading', text: section.title });
    for (const a of answers) {
      const given = a.answer.filter((x) => x.trim() !== '');
      blocks.push({ type: 'qa', question: a.question, answer: given.length > 0 ? given : [t.answers.notAnswered], muted: given.length === 0 });
    }
  }
  return { id: 'answers', title: t.sections.answers, blocks, newPage: true };
}

export function disclaimerSection(input: ReportInput): ReportSection {
  const { questionnaire, context, t } = input;
  return {
    id: 'disclaimer',
    title: t.sections.disclaimer,
    blocks: [
      { type: 'paragraph', text: questionnaire.disclaimer },
      { type: 'paragraph', text: `${t.cover.fingerprint}: ${context.fingerprint}`, muted: true, small: true },
    ],
  };
}
