/**
 * Page counts: how many pages each worked example and acceptance case takes from
 * the first question to check your answers, one question per page against the
 * questionnaire's pages. Goals: median ≤ 14, no minimal or limited case over 16,
 * no high-risk case over 22.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/engine/assess.ts';
import { route, withSkippedOptional } from '../src/engine/journey.ts';
import { pagesOnRoute } from '../src/engine/pages.ts';
import type { Answers } from '../src/engine/answers.ts';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';
import { parseAssessmentFile } from '../src/storage/assessment-file.ts';

const median = (list: number[]) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function benchPages(): void {
  const root = join(import.meta.dirname, '..');
  const loaded = loadQuestionnaireFolder(join(root, 'questionnaires', 'eu-ai-act'), root);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const q = loaded.questionnaire;
  const cases: { id: string; answers: Answers }[] = q.examples.map((x) => ({ id: `example ${x.id}`, answers: x.answers }));
  const dir = join(root, 'tests', 'acceptance');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = parseAssessmentFile(readFileSync(join(dir, file), 'utf8'), q);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
    cases.push({ id: `case ${file.replace(/\.json$/, '')}`, answers: parsed.answers });
  }
  const rows = cases.map(({ id, answers }) => {
    const full = withSkippedOptional(q, answers);
    const tier = assess(q, full).outcome.tier;
    return { id, tier, questions: route(q, full).steps.length, pages: pagesOnRoute(q, full) };
  });
  const limit = (tier: string) => (tier === 'high' ? 22 : tier === 'minimal' || tier === 'limited' ? 16 : Infinity);
  for (const r of rows) {
    const over = r.pages > limit(r.tier) ? `  OVER ${limit(r.tier)}` : '';
    console.log(`pages: ${r.id.padEnd(45)} ${r.tier.padEnd(14)} ${String(r.questions).padStart(3)} questions → ${String(r.pages).padStart(3)} pages${over}`);
  }
  const worst = (tiers: string[]) => Math.max(0, ...rows.filter((r) => tiers.includes(r.tier)).map((r) => r.pages));
  console.log(
    `pages: ${rows.length} cases, median ${median(rows.map((r) => r.questions))} pages one question per page → median ${median(rows.map((r) => r.pages))} pages (goal ≤ 14); ` +
      `most for minimal or limited ${worst(['minimal', 'limited'])} (goal ≤ 16), for high risk ${worst(['high'])} (goal ≤ 22)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchPages();
