/**
 * The cases the report benchmarks choose the largest report from: the
 * acceptance cases and a maximal variant (every role, every transparency
 * answer yes, every text answer at its limit).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answers, AnswerValue } from '../src/engine/answers.ts';
import { route } from '../src/engine/journey.ts';
import type { Questionnaire } from '../src/questionnaire/schema.ts';
import { isChoice } from '../src/questionnaire/kinds.ts';
import { parseAssessmentFile } from '../src/storage/assessment-file.ts';

const path = (p: string) => fileURLToPath(new URL(p, new URL('../', import.meta.url)));

export function candidates(q: Questionnaire): Record<string, Answers> {
  const out: Record<string, Answers> = {};
  const dir = path('tests/acceptance/');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      // The parser fills the optional text questions a file leaves out with "" (skipped).
      const parsed = parseAssessmentFile(readFileSync(dir + f, 'utf8'), q);
      if (parsed.ok) out[f.replace('.json', '')] = parsed.answers;
    }
  }
  // Start from a public body's high-risk case, hold every role, trigger every transparency duty,
  // write every text to its limit, and answer whatever else the route asks with "no"/"none".
  const maximal: Record<string, AnswerValue> = { ...(out['p01-school-admission'] ?? {}) };
  const MORE: Record<string, 'all' | string> = { 'role.activities': 'all', 'tr.interacts': 'yes', 'tr.generates': 'all', 'tr.deepfake': 'yes', 'tr.public-text': 'yes' };
  const pick = (question: Questionnaire['questions'][number]): AnswerValue => {
    if (!isChoice(question)) return 'Lorem ipsum dolor sit amet, zażółć gęślą jaźń, ελληνικά κείμενα. '.repeat(400).slice(0, question.maxLength ?? 200);
    const values = question.options.map((o) => o.value);
    const more = MORE[question.id];
    if (more === 'all') return question.options.filter((o) => !o.exclusive).map((o) => o.value);
    if (more && values.includes(more)) return more;
    if (question.type === 'multi') return [question.options.find((o) => o.exclusive)?.value ?? values[0]!];
    return values.includes('no') ? 'no' : values[0]!;
  };
  for (const question of q.questions) if (!isChoice(question) || question.id in MORE) maximal[question.id] = pick(question);
  for (let i = 0; i < q.questions.length; i++) {
    const current = route(q, maximal).current;
    if (!current) break;
    maximal[current] = pick(q.questions.find((x) => x.id === current)!);
  }
  out.maximal = maximal;
  return out;
}

