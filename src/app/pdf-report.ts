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

export const pdfReport: PdfDownload | null = load
  ? async (q, answers, assessment, details) => {
      const mod = await load();
      if (!mod.downloadPdf) throw new Error('the report module has no downloadPdf');
      await mod.downloadPdf(q, answers, assessment, details);
    }
  : null;

/** Gets the PDF export ready (code, fonts, the renderer compiled): the result page calls it when the browser is idle. */
export const pdfPrepare: PdfDownload | null = load
  ? async (q, answers, assessment, details) => {
      const mod = await load();
      await mod.preparePdf?.(q, answers, assessment, details);
    }
  : null;
