/** Rendering the report in Node (CLI, tests, bench): the subset fonts are read from disk. */
import { readFileSync } from 'node:fs';
import type { ReportModel } from './report-model.ts';
import type { ReportFonts } from './render-pdf.ts';

let cached: ReportFonts | undefined;

export function nodeFonts(): ReportFonts {
  cached ??= {
    regular: new Uint8Array(readFileSync(new URL('./fonts/dejavu-sans.ttf', import.meta.url))),
    bold: new Uint8Array(readFileSync(new URL('./fonts/dejavu-sans-bold.ttf', import.meta.url))),
  };
  return cached;
}

export async function renderPdfInNode(model: ReportModel): Promise<Uint8Array> {
  const { renderPdf } = await import('./render-pdf.ts');
  return renderPdf(model, nodeFonts());
}
