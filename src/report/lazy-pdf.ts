/**
 * The wizard's PDF entry (loaded on demand by src/app/pdf-report.ts): fingerprint
 * the answers, build the report model and download it. jsPDF and the fonts load
 * only inside downloadReportPdf.
 */
import type { Answers } from '../engine/answers.ts';
import type { Assessment } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ReportDetails } from '../storage/report-details.ts';
import { fingerprint } from '../storage/assessment-fingerprint.ts';
import { buildReport } from './build-report.ts';
import { downloadReportPdf, prefetchPdf } from './download-pdf.ts';
import type { ReportModel } from './report-model.ts';
import { loadReportText } from './report-text.ts';

export async function reportModelFor(questionnaire: Questionnaire, answers: Answers, assessment: Assessment, now = new Date(), details?: ReportDetails): Promise<ReportModel> {
  const [digest] = await Promise.all([fingerprint(questionnaire, answers), loadReportText(questionnaire.locale)]);
  const context = { answers, generatedAt: now.toISOString(), fingerprint: digest, locale: questionnaire.locale, ...(details ? { details } : {}) };
  return buildReport(assessment, questionnaire, context);
}

export async function downloadPdf(questionnaire: Questionnaire, answers: Answers, assessment: Assessment, details?: ReportDetails): Promise<void> {
  await downloadReportPdf(await reportModelFor(questionnaire, answers, assessment, new Date(), details));
}

/** Gets the PDF export ready while the result page is idle: code, fonts, and a short sample of this report rendered. */
export async function preparePdf(questionnaire: Questionnaire, answers: Answers, assessment: Assessment, details?: ReportDetails): Promise<void> {
  await prefetchPdf(() => reportModelFor(questionnaire, answers, assessment, new Date(), details));
}
