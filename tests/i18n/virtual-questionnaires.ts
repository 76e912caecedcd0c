/** The questionnaire modules the app imports (virtual:questionnaire/eu-ai-act[/<lang>]), built from the files as the Vite plugin builds them. */
import { join } from 'node:path';
import { readLocaleFile } from '../../src/questionnaire/load-files.ts';
import { localise } from '../../src/questionnaire/locale.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { euAiAct } from '../engine/load.ts';

const dir = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');

export function questionnaireModule(locale?: string): { default: Questionnaire } {
  const q = euAiAct();
  return { default: locale ? localise(q, locale, readLocaleFile(dir, locale)) : q };
}
