/**
 * The Node report figure for the code as the build ships it: this module is
 * bundled by Vite (bench/report.ts does it, into a temporary folder) and run
 * there, so the report code is timed as rolldown emits it rather than as tsx
 * transforms each file on the fly. jsPDF itself is the same file either way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/engine/assess.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { buildReport } from '../src/report/build-report.ts';
import { renderPdf } from '../src/report/render-pdf.ts';
import { fingerprint } from '../src/storage/assessment-file.ts';
import { candidates } from './report-candidates.ts';

/** Build + render times of the maximal report, in ms, run after run (the first is a cold start). */
export async function renderTimes(root: string, runs: number): Promise<{ times: number[]; bytes: number }> {
  const loaded = loadQuestionnaireFolder(join(root, 'questionnaires/eu-ai-act'), root);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const q = loaded.questionnaire;
  const answers = candidates(q).maximal!;
  const fonts = {
    regular: new Uint8Array(readFileSync(join(root, 'src/report/fonts/dejavu-sans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'src/report/fonts/dejavu-sans-bold.ttf'))),
  };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const context = { answers, generatedAt: new Date().toISOString(), fingerprint: await fingerprint(q, answers), locale: q.locale };
    bytes = (await renderPdf(buildReport(assess(q, answers), q, context), fonts)).length;
    times.push(performance.now() - t0);
  }
  return { times, bytes };
}

// Run as a script (the bundle, in a fresh Node process): prints the times as JSON.
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await renderTimes(process.argv[2]!, Number(process.argv[3]))));
}
