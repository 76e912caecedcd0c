/** The real questionnaire and the acceptance-case answer files (tests/acceptance/<case-id>.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answers } from '../../src/engine/answers.ts';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';

const root = new URL('../../', import.meta.url);
export const ACCEPTANCE_DIR = fileURLToPath(new URL('tests/acceptance/', root));

let cached: Questionnaire | undefined;
export function realQuestionnaire(): Questionnaire {
  if (cached) return cached;
  const result = loadQuestionnaireFolder(fileURLToPath(new URL('questionnaires/eu-ai-act', root)), fileURLToPath(root));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return (cached = result.questionnaire);
}

export const caseIds = (): string[] =>
  readdirSync(ACCEPTANCE_DIR)
    .filter((f) => /^p\d+.*\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

/**
 * A case's answers as the wizard would hold them: an optional text question the
 * file leaves out counts as skipped (the wizard saves a skipped one as "").
 */
export function caseAnswers(id: string): Answers {
  const q = realQuestionnaire();
  const parsed = parseAssessmentFile(readFileSync(`${ACCEPTANCE_DIR}${id}.json`, 'utf8'), q);
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors.join('; ')}`);
  const skipped = q.questions.filter((x) => (x.type === 'text' || x.type === 'longtext') && x.optional && !(x.id in parsed.answers));
  return { ...Object.fromEntries(skipped.map((x) => [x.id, ''])), ...parsed.answers };
}
