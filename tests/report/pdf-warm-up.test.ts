/** The PDF renderer warmed up while the result page is idle: a short sample of the same report, thrown away. */
import { describe, expect, it } from 'vitest';
import { candidates } from '../../bench/report-candidates.ts';
import { warmUpSample } from '../../src/report/download-pdf.ts';
import { nodeFonts } from '../../src/report/pdf-node.ts';
import { renderPdf } from '../../src/report/render-pdf.ts';
import { realQuestionnaire } from './acceptance.ts';
import { modelFor } from './report-helpers.ts';

const q = realQuestionnaire();
const pages = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe('the warm-up before the first PDF export', () => {
  it('renders every section of the report, on a few pages only', async () => {
    const model = await modelFor(q, candidates(q).maximal!);
    const sample = warmUpSample(model);
    expect(sample.sections.map((s) => s.id)).toEqual(model.sections.map((s) => s.id));
    const [full, short] = [await renderPdf(model, nodeFonts()), await renderPdf(sample, nodeFonts())];
    expect(pages(full)).toBeGreaterThan(30);
    expect(pages(short)).toBeLessThanOrEqual(8);
  }, 60_000);

  it('leaves the report itself byte for byte as it is without the warm-up', async () => {
    const model = await modelFor(q, candidates(q).maximal!);
    const cold = await renderPdf(model, nodeFonts());
    await renderPdf(warmUpSample(model), nodeFonts());
    expect(Buffer.from(await renderPdf(model, nodeFonts())).equals(Buffer.from(cold))).toBe(true);
  }, 60_000);
});
