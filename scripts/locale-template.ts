/**
 * Writes or updates questionnaires/<id>/locales/<lang>.yaml so that it has every
 * text key of the questionnaire, in questionnaire order. Existing translations are
 * kept; new keys get the English text behind a "TODO " marker for the translator;
 * keys that no longer exist are dropped.
 *   npx tsx scripts/locale-template.ts sv [eu-ai-act]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadQuestionnaireFolder, readLocaleFile } from '../src/questionnaire/load-files.ts';
import { textKeys } from '../src/questionnaire/locale.ts';

const [lang, name = 'eu-ai-act'] = process.argv.slice(2);
if (!lang || !/^[a-z]{2}$/.test(lang)) {
  console.error('usage: npx tsx scripts/locale-template.ts <two-letter language code> [questionnaire]');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const dir = join(root, 'questionnaires', name);
const loaded = loadQuestionnaireFolder(dir, root);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const existing = existsSync(join(dir, 'locales', `${lang}.yaml`)) ? readLocaleFile(dir, lang) : {};
const out: Record<string, string> = {};
let todo = 0;
for (const [key, english] of textKeys(loaded.questionnaire)) {
  out[key] = existing[key] ?? `TODO ${english}`;
  if (out[key].startsWith('TODO ')) todo++;
}
mkdirSync(join(dir, 'locales'), { recursive: true });
writeFileSync(join(dir, 'locales', `${lang}.yaml`), stringify(out, { lineWidth: 0 }));
console.log(`${lang}: ${Object.keys(out).length} keys, ${todo} to translate`);
