/**
 * UI benchmark: what the start page downloads (gzip, from dist/ after
 * `npm run build`) against the budget, and the time from pressing Continue to
 * the next page being rendered, measured in Chromium over full journeys.
 *   npx tsx bench/ui.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { leanOf } from '../src/questionnaire/parts.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const BUDGET_KB = 150;
const GOAL_KB = 120;

export interface UiBench {
  startPage: { files: { file: string; gzipBytes: number }[]; totalGzipBytes: number; questionnaireGzipBytes: number; budgetKb: number; goalKb: number };
  transition: { samples: number; medianMs: number; p95Ms: number; maxMs: number; commitMedianMs: number; commitP95Ms: number };
}

/** The files index.html loads before the start page can show: its scripts, styles and module preloads, plus their static imports. */
function startPageFiles(): string[] {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(resolve(dist, file), 'utf8');
    // Static imports only (`import ... from "./x.js"`); dynamic import() is loaded later, on demand.
    for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  refs.forEach(visit);
  return [...seen];
}

function bundleFigures(): UiBench['startPage'] {
  const files = startPageFiles().map((file) => ({ file, gzipBytes: gzipSync(readFileSync(resolve(dist, file))).length }));
  const loaded = loadQuestionnaireFolder(resolve(root, 'questionnaires/eu-ai-act'), root);
  // The lean part of the questionnaire (src/questionnaire/parts.ts), counted when a start-page file carries it:
  // the plugin writes it as one JSON text (quoted or in a template literal), so its opening (id and version) shows it.
  const lean = loaded.ok ? JSON.stringify(leanOf(loaded.questionnaire)) : '';
  const opening = lean.slice(0, lean.indexOf(',"title"'));
  const carried =
    lean !== '' &&
    files.some((f) => {
      const code = f.file.endsWith('.js') ? readFileSync(resolve(dist, f.file), 'utf8') : '';
      return code.includes(opening) || code.includes(JSON.stringify(opening).slice(1, -1));
    });
  const questionnaireGzipBytes = carried ? gzipSync(lean).length : 0;
  return { files, totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0), questionnaireGzipBytes, budgetKb: BUDGET_KB, goalKb: GOAL_KB };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function transitionFigures(rounds = 3): Promise<UiBench['transition']> {
  const harness = await import(pathToFileURL(resolve(root, 'tests/e2e/harness.mjs')).href);
  const wizard = await import(pathToFileURL(resolve(root, 'tests/e2e/wizard.mjs')).href);
  const server = await harness.startPreview({ cwd: root });
  const browser = await harness.launchBrowser();
  const samples: number[] = [];
  const commits: number[] = [];
  try {
    for (const id of ['p01-school-admission', 'p16-retail-emotion', 'p09-gpai-api'].slice(0, rounds)) {
      const context = await browser.newContext();
      const { page } = await harness.openApp(context);
      await wizard.completeJourney(page, wizard.acceptanceCase(id).answers);
      const durations: number[] = await page.evaluate(() => performance.getEntriesByName('wizard:transition').map((e) => e.duration));
      samples.push(...durations);
      commits.push(...(await page.evaluate(() => performance.getEntriesByName('wizard:commit').map((e) => e.duration))));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const sortedCommits = [...commits].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1] ?? 0,
    commitMedianMs: percentile(sortedCommits, 50),
    commitP95Ms: percentile(sortedCommits, 95),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const PRECACHE_GOAL_KIB = 700;

/** What the service worker stores on the first visit: every file in sw.js's list, raw and gzip. */
export function precacheFigures(): { files: number; bytes: number; gzipBytes: number } {
  const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
  const list = /const FILES = (\[.*?\]);/.exec(sw);
  if (!list) throw new Error('dist/sw.js has no FILES list');
  const files = (JSON.parse(list[1]!) as string[]).map((f) => resolve(dist, f === './' ? 'index.html' : f.replace(/^\.\//, '')));
  const bodies = files.map((f) => readFileSync(f));
  return { files: files.length, bytes: bodies.reduce((n, b) => n + b.length, 0), gzipBytes: bodies.reduce((n, b) => n + gzipSync(b).length, 0) };
}

export async function benchUi(): Promise<UiBench> {
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const startPage = bundleFigures();
  console.log('UI: what the start page loads (gzip)');
  for (const f of startPage.files) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes)}`);
  const verdict = startPage.totalGzipBytes <= GOAL_KB * 1024 ? 'within goal' : startPage.totalGzipBytes <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET';
  console.log(`  total ${kb(startPage.totalGzipBytes)} (budget ≤ ${BUDGET_KB} KB, goal ≤ ${GOAL_KB} KB): ${verdict}`);
  console.log(startPage.questionnaireGzipBytes > 0 ? `  of which questionnaire data about ${kb(startPage.questionnaireGzipBytes)}` : '  no questionnaire data (it comes with the wizard)');
  const precache = precacheFigures();
  console.log(
    `UI: service-worker precache (first visit): ${precache.files} files, gzip ${kb(precache.gzipBytes)} (goal ≤ ${PRECACHE_GOAL_KIB} KiB): ${precache.gzipBytes <= PRECACHE_GOAL_KIB * 1024 ? 'within goal' : 'OVER GOAL'}; raw ${kb(precache.bytes)}`,
  );
  const transition = await transitionFigures();
  console.log(`UI: Continue → next page rendered, ${transition.samples} transitions in Chromium`);
  console.log(`  median ${transition.medianMs.toFixed(1)} ms, p95 ${transition.p95Ms.toFixed(1)} ms, max ${transition.maxMs.toFixed(1)} ms (goal p95 < 16 ms)`);
  console.log(`  of which until the new page is in the DOM: median ${transition.commitMedianMs.toFixed(1)} ms, p95 ${transition.commitP95Ms.toFixed(1)} ms (the rest is layout for moving focus to the heading)`);
  return { startPage, transition };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchUi().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
