/** What every section builder reads: the Assessment, the questionnaire, the context and the words. */
import type { Assessment } from '../engine/assessment.ts';
import type { DateInfo } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Citation } from '../questionnaire/schema.ts';
import type { ReportDetails } from '../storage/report-details.ts';
import { cites, formatDate } from './format.ts';
import type { ReportContext } from './report-model.ts';
import { reportText, type ReportText } from './report-text.ts';

export interface ReportInput {
  assessment: Assessment;
  questionnaire: Questionnaire;
  context: ReportContext;
  t: ReportText;
  date: (iso: string) => string;
  /** Citations in the report's language. */
  cites: (list: readonly Citation[]) => string;
  /** The report details (empty where the file has none). */
  details: ReportDetails;
  /** ISO date the assessment states: the details' assessment date, else the day the report is made. */
  asOf: string;
  /** The answer (as display text) to the question marked `reportAs: <key>`, if it is on the route. */
  reportAs: (key: string) => string | undefined;
}

export function reportInput(assessment: Assessment, questionnaire: Questionnaire, context: ReportContext): ReportInput {
  const byReportAs = new Map(questionnaire.questions.filter((q) => q.reportAs).map((q) => [q.reportAs!, q.id]));
  const answered = new Map(assessment.answers.map((a) => [a.questionId, a.answer.join(', ').trim()]));
  return {
    assessment,
    questionnaire,
    context,
    t: reportText(context.locale),
    date: (iso) => formatDate(iso, context.locale),
    cites: (list) => cites(list, context.locale),
    details: context.details ?? {},
    asOf: context.details?.assessmentDate ?? context.generatedAt.slice(0, 10),
    reportAs: (key) => {
      const id = byReportAs.get(key);
      const value = id ? answered.get(id) : undefined;
      return value ? value : undefined;
    },
  };
}

/** "2 December 2027 (was 2 August 2026)" */
export function dateText(input: ReportInput, info: DateInfo): string {
  const was = info.was ? ` (${input.t.obligations.was(input.date(info.was))})` : '';
  return `${input.date(info.date)}${was}`;
}
