import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localesOf, readLocaleFile } from '../../src/questionnaire/load-files.ts';
import { localise, textKeys } from '../../src/questionnaire/locale.ts';
import { assess } from '../../src/engine/assess.ts';
import { caseAnswers, euAiAct } from '../engine/load.ts';

const dir = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');
const questionnaire = euAiAct();
const english = textKeys(questionnaire);
const sameFile = join(dir, 'locales', 'same-as-english.yaml');
const same = (existsSync(sameFile) ? parse(readFileSync(sameFile, 'utf8')) : {}) as Record<string, string[]>;

describe.each(localesOf(dir))('questionnaire texts in %s', (lang) => {
  const texts = readLocaleFile(dir, lang);

  it('has every text key, and no key the questionnaire lacks', () => {
    expect([...english.keys()].filter((k) => !(k in texts))).toEqual([]);
    expect(Object.keys(texts).filter((k) => !english.has(k))).toEqual([]);
  });

  it('has no empty, unfinished or untranslated text', () => {
    const allowed = new Set(same[lang] ?? []);
    const problems = Object.entries(texts).filter(
      ([key, value]) => value.trim() === '' || value.startsWith('TODO ') || (value === english.get(key) && !allowed.has(key)),
    );
    expect(problems.map(([key]) => key)).toEqual([]);
  });

  it('gives the same outcome in every language, in that language', () => {
    const translated = localise(questionnaire, lang, texts);
    for (const id of ['p01-school-admission', 'p03-tax-chatbot', 'p18-narrow-task-no-profiling-unknown']) {
      const answers = caseAnswers(questionnaire, id);
      const a = assess(questionnaire, answers);
      const b = assess(translated, answers);
      expect(b.outcome.tier).toBe(a.outcome.tier);
      expect(b.obligations.map((o) => o.id)).toEqual(a.obligations.map((o) => o.id));
      expect(b.outcome.title).toBe(texts[`outcome.${a.outcome.tier}.title`]);
    }
  });
});
