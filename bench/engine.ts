/**
 * Engine figures, per stratum of random complete journeys (all, in scope,
 * high-risk, provisional; drawn from a seeded mulberry32 stream, see
 * tests/engine/random-journeys.ts): the time of a full assess() (with "what
 * would change") and of the list's headline(), median and p95, with the number
 * of distinct journeys each figure rests on, after two untimed passes over the
 * stratum's own journeys (the figures are those of warmed-up code, as on a
 * result page drawn again). Then the walk over every path.
 */
import { join } from 'node:path';
import type { Answers } from '../src/engine/answers.ts';
import { assess } from '../src/engine/assess.ts';
import { headlineFor } from '../src/engine/classify.ts';
import { walkPaths } from '../src/engine/paths.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { distinct, stratifiedJourneys, type Stratum } from '../tests/engine/random-journeys.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const GOAL: Record<Stratum, string> = { all: '', 'in scope': '', 'high-risk': ' (goal median < 0.3 ms, p95 < 1 ms)', provisional: '' };

/**
 * Wall-clock and CPU time per call. On a shared machine the wall clock also
 * counts the time the process waited for a core, so the CPU time (of this
 * process, in microseconds) is given beside it.
 */
function timeEach(journeys: readonly Answers[], samples: number, fn: (answers: Answers) => unknown) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const answers = journeys[i % journeys.length]!;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(answers);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(wall, 0.5), p95: percentile(wall, 0.95), cpuMedian: percentile(cpu, 0.5), cpuP95: percentile(cpu, 0.95), n: wall.length };
}

export async function benchEngine(perStratum = 300, samples = 3000): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const loaded = loadQuestionnaireFolder(join(root, 'questionnaires', 'eu-ai-act'), root);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const q = loaded.questionnaire;
  const strata = stratifiedJourneys(q, (answers) => headlineFor(q, answers), perStratum);
  for (const [name, journeys] of Object.entries(strata) as [Stratum, Answers[]][]) {
    if (journeys.length === 0) {
      console.log(`engine: ${name}: NO journeys drawn, nothing timed`);
      continue;
    }
    // Steady state, as on a result page that is drawn again: each stratum's own journeys, twice, untimed.
    for (let i = 0; i < 2 * journeys.length; i++) assess(q, journeys[i % journeys.length]!);
    const full = timeEach(journeys, samples, (a) => assess(q, a));
    console.log(
      `engine: assess() over ${name} journeys (${distinct(journeys)} distinct, ${full.n} runs): median ${full.median.toFixed(3)} ms, p95 ${full.p95.toFixed(3)} ms; CPU median ${full.cpuMedian.toFixed(3)} ms, p95 ${full.cpuP95.toFixed(3)} ms${GOAL[name]}`,
    );
    if (name === 'all' || name === 'high-risk') {
      const list = timeEach(journeys, samples, (a) => headlineFor(q, a));
      console.log(`engine: headline for lists over ${name} journeys: median ${list.median.toFixed(3)} ms, p95 ${list.p95.toFixed(3)} ms; CPU median ${list.cpuMedian.toFixed(3)} ms (uncached)`);
    }
  }

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
