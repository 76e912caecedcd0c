/** Test helper (Node only): a fixture questionnaire from tests/fixtures/questionnaires, validated like the real one. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuestionnaire } from '../questionnaire/parse.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

export function loadFixture(name: string): Questionnaire {
  const file = resolve(import.meta.dirname, '../../tests/fixtures/questionnaires', `${name}.json`);
  const result = parseQuestionnaire(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${name}.json is not valid:\n${result.errors.join('\n')}`);
  return result.questionnaire;
}
