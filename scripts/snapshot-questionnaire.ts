/**
 * Keeps the current questionnaire, as the build validates it, as a snapshot
 * under questionnaires/history/<id>/<version>.json. Run it before raising the
 * questionnaire's version: the register re-assesses an assessment saved under
 * an older version by running the engine on both versions.
 *   npx tsx scripts/snapshot-questionnaire.ts [eu-ai-act]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionnaireFolder } from '../src/questionnaire/load-files.ts';

const id = process.argv[2] ?? 'eu-ai-act';
const root = join(import.meta.dirname, '..');
const result = loadQuestionnaireFolder(join(root, 'questionnaires', id), root);
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(2);
}
const { questionnaire } = result;
// Examples and the glossary do not decide anything: a snapshot keeps only what the engine reads.
const { examples: _examples, glossary: _glossary, ...kept } = questionnaire;
const dir = join(root, 'questionnaires', 'history', id);
mkdirSync(dir, { recursive: true });
const file = join(dir, `${questionnaire.version}.json`);
writeFileSync(file, `${JSON.stringify({ ...kept, examples: [], glossary: [] })}\n`);
console.log(`wrote ${file}`);
