/**
 * Report benchmark: the time to build and render the largest report in Node
 * (median of N runs), its PDF size, and (after `npm run build`) the size of the
 * lazily loaded PDF chunk and font assets in dist/assets.
 *
 *   npx tsx bench/report.ts [runs]       (bench/run.ts calls benchReport())
 *
 * "Largest" is the biggest PDF among the acceptance cases and a maximal variant
 * (every role, every transparency answer yes, every text answer at its limit).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Answers } from '../src/engine/answers.ts';
import { assess } from '../src/engine/assess.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import type { Questionnaire } from '../src/questionnaire/schema.ts';
import { buildReport } from '../src/report/build-report.ts';
import { renderPdfInNode } from '../src/report/pdf-node.ts';
import { fingerprint } from '../src/storage/assessment-file.ts';
import { candidates } from './report-candidates.ts';

const root = new URL('../', import.meta.url);
const path = (p: string) => fileURLToPath(new URL(p, root));

export interface ReportBench {
  case: string;
  pages: number;
  medianMs: number;
  runs: number;
  pdfBytes: number;
  chunk: { file: string; bytes: number; gzipBytes: number } | null;
  fonts: { file: string; bytes: number }[];
}

async function buildAndRender(q: Questionnaire, answers: Answers) {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const context = { answers, generatedAt: new Date().toISOString(), fingerprint: await fingerprint(q, answers), locale: q.locale };
  const model = buildReport(assess(q, answers), q, context);
  const pdf = await renderPdfInNode(model);
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, pdf };
}

const pageCount = (pdf: Uint8Array) => (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;

function distSizes(): Pick<ReportBench, 'chunk' | 'fonts'> {
  const dir = path('dist/assets/');
  if (!existsSync(dir)) return { chunk: null, fonts: [] };
  const files = readdirSync(dir);
  const chunkFile = files.find((f) => /^render-pdf-.*\.js$/.test(f));
  const chunk = chunkFile ? { file: chunkFile, bytes: statSync(dir + chunkFile).size, gzipBytes: gzipSync(readFileSync(dir + chunkFile)).length } : null;
  const fonts = files.filter((f) => /^dejavu-sans.*\.ttf$/.test(f)).map((file) => ({ file, bytes: statSync(dir + file).size }));
  return { chunk, fonts };
}

export async function benchReport(runs = 7, log: (line: string) => void = console.log): Promise<ReportBench> {
  const loaded = loadQuestionnaireFolder(path('questionnaires/eu-ai-act'), path('.'));
  if (!loaded.ok) throw new Error(`questionnaire invalid:\n${loaded.errors.join('\n')}`);
  const q = loaded.questionnaire;
  let largest = { name: '', answers: {} as Answers, bytes: 0, pages: 0 };
  for (const [name, answers] of Object.entries(candidates(q))) {
    const { pdf } = await buildAndRender(q, answers);
    if (pdf.length > largest.bytes) largest = { name, answers, bytes: pdf.length, pages: pageCount(pdf) };
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await buildAndRender(q, largest.answers);
    times.push(run.ms);
    cpuTimes.push(run.cpuMs);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const result: ReportBench = { case: largest.name, pages: largest.pages, medianMs: Math.round(times[Math.floor(times.length / 2)]!), runs, pdfBytes: largest.bytes, ...distSizes() };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  log(`report: largest case "${result.case}", ${result.pages} pages, PDF ${kb(result.pdfBytes)}`);
  log(
    `report: build + render under tsx (as "npm run assess" runs it) median ${result.medianMs} ms over ${runs} runs (min ${Math.round(times[0]!)} ms, max ${Math.round(times.at(-1)!)} ms); CPU median ${Math.round(cpuTimes[Math.floor(runs / 2)]!)} ms, min ${Math.round(cpuTimes[0]!)} ms (goal < 120 ms)`,
  );
  if (result.chunk) log(`report: lazy PDF chunk ${result.chunk.file} ${kb(result.chunk.bytes)} (gzip ${kb(result.chunk.gzipBytes)})`);
  else log('report: no dist/assets/render-pdf-*.js: run `npm run build` to measure the lazy PDF chunk');
  for (const f of result.fonts) log(`report: font asset ${f.file} ${kb(f.bytes)}`);
  return result;
}

/**
 * The same report with the code as the build ships it: bench/report-shipped.ts
 * bundled by Vite for Node and run in a fresh process from a temporary folder in
 * node_modules. Prints the first (cold) run and the median of the runs after the first five.
 */
export async function benchReportShipped(runs = 20, log: (line: string) => void = console.log): Promise<void> {
  const { build } = await import('vite');
  // Inside the project, so the bundle finds its packages in node_modules.
  const out = mkdtempSync(path('node_modules/.report-shipped-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { ssr: path('bench/report-shipped.ts'), outDir: out, emptyOutDir: true, minify: false, rollupOptions: { output: { entryFileNames: 'report-shipped.mjs' } } },
    });
    // A fresh process: the first run is a cold start, as a CLI run is.
    const { times } = JSON.parse(execFileSync(process.execPath, [join(out, 'report-shipped.mjs'), path('.'), String(runs)], { encoding: 'utf8' })) as { times: number[] };
    const later = times.slice(5).sort((a, b) => a - b);
    log(`report: as built (Vite bundle in Node): first ${Math.round(times[0]!)} ms, then median ${Math.round(later[Math.floor(later.length / 2)]!)} ms over runs 6–${runs} (goal < 120 ms)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export default benchReport;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchReport(Number(process.argv[2]) || 7);
  await benchReportShipped();
}

