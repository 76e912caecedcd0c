/**
 * buildReport(assessment, questionnaire, context): the report as plain data.
 * It renders the engine's decisions and decides nothing itself: every legal text
 * comes from the Assessment or the questionnaire, every other word from
 * report-text.ts. Sections appear only where they apply, in a fixed order.
 */
import type { Assessment } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { reportFileName } from './format.ts';
import type { ReportContext, ReportModel, ReportSection } from './report-model.ts';
import { reportInput } from './report-input.ts';
import { answersSection, disclaimerSection, openQuestionsSection } from './section-appendix.ts';
import { coverSection, systemName } from './section-cover.ts';
import { documentationSection, goodPracticeSection, transparencyGpaiSection } from './section-duties.ts';
import { friaSection } from './section-fria.ts';
import { obligationsSection } from './section-obligations.ts';
import { registrationSection } from './section-registration.ts';
import { summarySection } from './section-summary.ts';
import { tenderAnnexSection } from './section-tender-annex.ts';
import { whySection } from './section-why.ts';

export function buildReport(assessment: Assessment, questionnaire: Questionnaire, context: ReportContext): ReportModel {
  const input = reportInput(assessment, questionnaire, context);
  const { t } = input;
  const later = [friaSection(input), documentationSection(input), transparencyGpaiSection(input)].filter((s): s is ReportSection => s !== null);
  // Summary, why and obligations are always sections 1-3; the obligations table refers to the later ones by number.
  const laterTitles = Object.fromEntries(later.map((s, i) => [s.id, `${i + 4}. ${s.title}`]));
  const rest = [
    whySection(input),
    obligationsSection(input, laterTitles),
    ...later,
    goodPracticeSection(input),
    tenderAnnexSection(input),
    registrationSection(input),
    openQuestionsSection(input),
    answersSection(input),
    disclaimerSection(input),
  ].filter((s): s is ReportSection => s !== null);
  // The summary points to later sections by their numbered titles.
  const restTitles = Object.fromEntries(rest.map((s, i) => [s.id, `${i + 2}. ${s.title}`]));
  const body = [summarySection(input, restTitles), ...rest];
  const numbered = body.map((s, i) => ({ ...s, title: `${i + 1}. ${s.title}` }));
  const name = systemName(input);
  const draft = assessment.complete ? '' : `${t.draft.label} · `;
  return {
    fileName: reportFileName(input.reportAs('system-name') ?? '', input.asOf),
    locale: context.locale,
    meta: { title: `${t.kicker}: ${name}`, subject: `${draft}${assessment.outcome.title} (${assessment.questionnaire.id} ${assessment.questionnaire.version})`, author: input.details.organisation ?? input.reportAs('organisation') ?? '', keywords: context.fingerprint, creator: t.kicker, created: context.generatedAt },
    sections: [coverSection(input), ...numbered],
    footer: { left: `${draft}${t.kicker} · ${name}`, fingerprint: `${t.footer.fingerprint} ${context.fingerprint}`, page: t.footer.page },
    notices: { unprintable: t.unprintable, blank: t.details.blank },
  };
}
