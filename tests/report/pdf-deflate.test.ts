/** The streams' compression: jsPDF's own bytes at its level, and the same contents at the report's. */
import { unzlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { candidates } from '../../bench/report-candidates.ts';
import { withDeflate } from '../../src/report/pdf-deflate.ts';
import { nodeFonts } from '../../src/report/pdf-node.ts';
import { REPORT_DEFLATE, renderPdf } from '../../src/report/render-pdf.ts';
import { realQuestionnaire } from './acceptance.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();

function sampleDoc(): jsPDF {
  const doc = new jsPDF({ compress: true });
  doc.setCreationDate(new Date(Date.UTC(2026, 11, 1)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  for (let page = 0; page < 5; page++) {
    if (page > 0) doc.addPage();
    for (let line = 0; line < 40; line++) doc.text(`Page ${page + 1}, line ${line + 1}: ${'the obligations that follow '.repeat(3)}`, 10, 10 + line * 7);
  }
  return doc;
}

/** Every compressed stream of a PDF, inflated, in order (each read by its /Length). */
function streams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/<<([^<>]*(?:<<[^<>]*>>[^<>]*)*)>>\s*stream\r?\n/g)) {
    if (!m[1]!.includes('/FlateDecode')) continue;
    const length = Number(/\/Length (\d+)/.exec(m[1]!)?.[1]);
    const start = m.index! + m[0].length;
    out.push(Buffer.from(unzlibSync(pdf.subarray(start, start + length))).toString('latin1'));
  }
  return out;
}

describe('the compression of the PDF streams', () => {
  it('gives jsPDF’s own bytes at jsPDF’s level', () => {
    const plain = sampleDoc().output();
    expect(withDeflate(6, () => sampleDoc().output())).toBe(plain);
  });

  it('leaves every stream of the largest report as it is, whatever the level', async () => {
    const model = await modelFor(q, candidates(q).maximal!);
    const [reference, report] = [await renderPdf(model, nodeFonts(), { deflate: 6 }), await renderPdf(model, nodeFonts(), { deflate: REPORT_DEFLATE })];
    const inflated = streams(report);
    expect(inflated.length).toBeGreaterThan(46);
    expect(inflated).toEqual(streams(reference));
  }, 60_000);
});
