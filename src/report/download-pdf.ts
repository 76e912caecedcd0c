/**
 * The browser's way to the PDF. jsPDF (render-pdf.ts) and the font files load
 * only here, on the first export, so they stay out of the main bundle.
 */
import type { ReportModel } from './report-model.ts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the report font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/**
 * The font files, fetched once per page (alongside the PDF code) and kept: the
 * same bytes on every later export, so render-pdf parses each font only once.
 */
function reportFonts() {
  fonts ??= import('./font-urls.ts')
    .then(({ fontUrls }) => Promise.all([fetchBytes(fontUrls.regular), fetchBytes(fontUrls.bold)]))
    .then(([regular, bold]) => ({ regular, bold }));
  // A failed fetch is tried again on the next export.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/**
 * The first blocks of each section of a report: a few pages that run every part
 * of the renderer (text, tables, page furniture, compression).
 */
export function warmUpSample(model: ReportModel): ReportModel {
  return { ...model, sections: model.sections.map((section) => ({ ...section, newPage: false, blocks: section.blocks.slice(0, 2) })) };
}

/**
 * Loads the PDF code and the fonts and parses the fonts ahead of the first
 * export (the result page asks for this when the browser is idle), so that the
 * press on "Download PDF" only renders. With `sample`, a short sample of the
 * report (warmUpSample) is rendered too and thrown away: the browser has then
 * compiled the renderer's code, and the first press is as quick as the later
 * ones. A failure is left for the export to report.
 */
export async function prefetchPdf(sample?: () => Promise<ReportModel>): Promise<void> {
  try {
    const [{ prepareFonts, renderPdf }, files] = await Promise.all([import('./render-pdf.ts'), reportFonts()]);
    prepareFonts(files);
    if (sample) await renderPdf(warmUpSample(await sample()), files);
  } catch {
    // The export loads them again and says what went wrong.
  }
}

/** The report as a PDF Blob. */
export async function createReportPdf(model: ReportModel): Promise<Blob> {
  const [{ renderPdf }, files] = await Promise.all([import('./render-pdf.ts'), reportFonts()]);
  const bytes = await renderPdf(model, files);
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' });
}

/** Renders the report and saves it under model.fileName. */
export async function downloadReportPdf(model: ReportModel): Promise<void> {
  const blob = await createReportPdf(model);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = model.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
