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

/** The report as a PDF Blob. */
export async function createReportPdf(model: ReportModel): Promise<Blob> {
  const [{ renderPdf }, { fontUrls }] = await Promise.all([import('./render-pdf.ts'), import('./font-urls.ts')]);
  const [regular, bold] = await Promise.all([fetchBytes(fontUrls.regular), fetchBytes(fontUrls.bold)]);
  const bytes = await renderPdf(model, { regular, bold });
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
