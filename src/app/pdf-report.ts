/**
 * The PDF report, if the report module is part of this build. It is found at
 * build time and loaded only when the user asks for a PDF.
 */
import type { Answers } from '../engine/answers.ts';
import type { Assessment } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ReportDetails } from '../storage/report-details.ts';

type PdfDownload = (q: Questionnaire, answers: Answers, assessment: Assessment, details?: ReportDetails) => Promise<void>;
type PdfEntry = { downloadPdf?: PdfDownload; preparePdf?: PdfDownload };

const entries = import.meta.glob<PdfEntry>('../report/lazy-pdf.ts');
const load = Object.values(entries)[0];

/** The entry's function `name`, loaded on the first call; null when the build has no report module. */
function entry(name: keyof PdfEntry): PdfDownload | null {
  if (!load) return null;
  return async (q, answers, assessment, details) => {
    const fn = (await load())[name];
    if (!fn) throw new Error(`the report module has no ${name}`);
    await fn(q, answers, assessment, details);
  };
}

export const pdfReport = entry('downloadPdf');
/** Gets the PDF export ready (code, fonts, the renderer compiled): the result page calls it when the browser is idle. */
export const pdfPrepare = entry('preparePdf');
