import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/questionnaire/load-files.ts';
import { localise } from '../../src/questionnaire/locale.ts';
import { isChoice } from '../../src/questionnaire/kinds.ts';
import { euAiAct } from '../engine/load.ts';

const dir = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');
const english = euAiAct();

describe.each(['en', 'sv', 'de'])('examples under the Article 5 practices and the Annex III areas (%s)', (lang) => {
  const q = lang === 'en' ? english : localise(english, lang, readLocaleFile(dir, lang));
  it.each(['art5.screen', 'annex3.areas'])('every option of %s but "none" has a concrete example', (id) => {
    const question = q.questions.find((x) => x.id === id)!;
    const englishQuestion = english.questions.find((x) => x.id === id)!;
    if (!isChoice(question) || !isChoice(englishQuestion)) throw new Error(`${id} is a choice question`);
    const options = question.options.filter((o) => o.value !== 'none');
    expect(options.length).toBeGreaterThanOrEqual(8);
    options.forEach((o, i) => {
      expect(o.hint, `${id} ${o.value}`).toMatch(lang === 'en' ? /^For example / : lang === 'sv' ? /^Till exempel / : /^Zum Beispiel /);
      if (lang !== 'en') expect(o.hint).not.toBe(englishQuestion.options.filter((x) => x.value !== 'none')[i]!.hint);
    });
  });
});
