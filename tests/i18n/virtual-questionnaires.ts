/** The questionnaire modules the app imports (see src/questionnaire/parts.ts), built from the files as the Vite plugin builds them. */
import { join } from 'node:path';
import { readLocaleFile } from '../../src/questionnaire/load-files.ts';
import { localise } from '../../src/questionnaire/locale.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { extrasOf, leanOf, type Extras } from '../../src/questionnaire/parts.ts';
import { euAiAct } from '../engine/load.ts';

const dir = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');

export function questionnaireModule(locale?: string): { default: Questionnaire } {
  const q = euAiAct();
  return { default: locale && locale !== 'en' ? localise(q, locale, readLocaleFile(dir, locale)) : q };
}

/** virtual:questionnaire/eu-ai-act/<lang>/lean */
export function leanModule(locale: string): { default: Questionnaire } {
  return { default: leanOf(questionnaireModule(locale).default) };
}

/** virtual:questionnaire-extras/eu-ai-act/<lang> */
export function extrasModule(locale: string): { default: Extras } {
  return { default: extrasOf(questionnaireModule(locale).default) };
}
