import { fileURLToPath } from 'node:url';
import { assess } from '../src/engine/assess.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { buildReport } from '../src/report/build-report.ts';
import { renderPdfInNode } from '../src/report/pdf-node.ts';
import { fingerprint } from '../src/storage/assessment-file.ts';
import { candidates } from '../bench/report.ts';
const root = '/work/main';
const loaded = loadQuestionnaireFolder(root + '/questionnaires/eu-ai-act', root);
if (!loaded.ok) throw new Error('x');
const q = loaded.questionnaire;
const answers = candidates(q).maximal!;
const times: number[] = [];
for (let i = 0; i < 25; i++) {
  const t0 = performance.now();
  const context = { answers, generatedAt: new Date().toISOString(), fingerprint: await fingerprint(q, answers), locale: q.locale };
  const model = buildReport(assess(q, answers), q, context);
  await renderPdfInNode(model);
  times.push(performance.now() - t0);
}
console.log(times.map((t) => t.toFixed(0)).join(' '));
