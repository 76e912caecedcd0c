/**
 * The wizard's HTML and Word reports, loaded on demand from the result page:
 * build the same report model as the PDF, then load only the renderer asked for
 * (render-html.ts or render-docx.ts with the `docx` package, each its own chunk)
 * and hand the file over through storage/download-file.ts.
 */
import type { Answers } from '../engine/answers.ts';
import type { Assessment } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { fingerprint } from '../storage/assessment-fingerprint.ts';
import { downloadBytes, downloadText } from '../storage/download-file.ts';
import type { ReportDetails } from '../storage/report-details.ts';
import { buildReport } from './build-report.ts';

export type ReportFormat = 'html' | 'docx';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function downloadReport(format: ReportFormat, questionnaire: Questionnaire, answers: Answers, assessment: Assessment, details?: ReportDetails): Promise<void> {
  const context = { answers, generatedAt: new Date().toISOString(), fingerprint: await fingerprint(questionnaire, answers), locale: questionnaire.locale, ...(details ? { details } : {}) };
  const model = buildReport(assessment, questionnaire, context);
  const name = model.fileName.replace(/\.pdf$/, `.${format}`);
  if (format === 'html') {
    const { renderHtml } = await import('./render-html.ts');
    downloadText(name, renderHtml(model), 'text/html;charset=utf-8');
  } else {
    const { renderDocx } = await import('./render-docx.ts');
    downloadBytes(name, await renderDocx(model), DOCX_TYPE);
  }
}
