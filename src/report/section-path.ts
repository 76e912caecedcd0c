/**
 * The decision path as report data: the training diagram's layout
 * (training/path-layout.ts) for this case's walk, kept to the questions that
 * were asked, so every format can draw the route the answers took.
 */
import { trainingDe } from '../i18n/training-de.ts';
import { trainingEn } from '../i18n/training-en.ts';
import { trainingSv } from '../i18n/training-sv.ts';
import { walkAnswers } from '../training/case-walk.ts';
import { layoutPath } from '../training/path-layout.ts';
import type { Block } from './report-model.ts';
import type { ReportInput } from './report-input.ts';

function pathTexts(locale: string) {
  const lang = locale.toLowerCase().split('-')[0];
  const t = (lang === 'sv' ? trainingSv : lang === 'de' ? trainingDe : trainingEn).path;
  return { answer: t.answer, decidedHere: t.decidedHere, stoppedHere: t.stoppedHere, nextOpen: t.nextOpen };
}

export function pathBlocks(input: ReportInput): Block[] {
  const { questionnaire, context, t } = input;
  const layout = layoutPath(questionnaire, walkAnswers(questionnaire, context.answers), pathTexts(context.locale));
  const nodes = layout.nodes
    .filter((n) => n.state !== 'not-asked')
    .map((n) => ({ number: n.number, text: questionnaire.questions[n.number - 1]?.text ?? n.lines.join(' '), answer: n.answer, mark: n.mark ? { kind: n.mark.kind, text: n.mark.text } : null }));
  if (nodes.length === 0) return [];
  return [
    { type: 'subheading', text: t.path.heading },
    { type: 'path', caption: t.path.caption, nodes },
  ];
}
