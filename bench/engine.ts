/**
 * Engine figures: time per assessment (median and p95 over 10,000 assessments of
 * random complete journeys) and the time to walk every path of the question graph.
 */
import { join } from 'node:path';
import { assess } from '../src/engine/assess.ts';
import { walkPaths } from '../src/engine/paths.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { journeyFrom } from '../tests/engine/random-journeys.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function benchEngine(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const loaded = loadQuestionnaireFolder(join(root, 'questionnaires', 'eu-ai-act'), root);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const q = loaded.questionnaire;
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const journeys = Array.from({ length: 500 }, () => journeyFrom(q, Array.from({ length: 20 }, next)));
  for (const answers of journeys.slice(0, 100)) assess(q, answers); // warm up

  const times: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const answers = journeys[i % journeys.length]!;
    const t0 = performance.now();
    assess(q, answers);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`engine: assess() over ${times.length} random complete journeys: median ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms (goal < 1 ms)`);

  const t0 = performance.now();
  let assessed = 0;
  const walk = walkPaths(q, (answers) => {
    assess(q, answers);
    assessed++;
  });
  const ms = performance.now() - t0;
  console.log(
    `engine: path walk: ${walk.paths} paths through ${walk.states} distinct states, ${walk.edges} answer choices, ${assessed} assessments, in ${(ms / 1000).toFixed(2)} s (goal < 10 s)`,
  );
  console.log(`questionnaire: ${q.questions.length} questions, ${q.facts.length} facts, ${q.rules.length} rules, ${q.obligations.length} obligations, ${q.guidance.length} guidance items`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEngine();
