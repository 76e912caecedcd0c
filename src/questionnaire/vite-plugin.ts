/**
 * Vite plugin: `import questionnaire from 'virtual:questionnaire/eu-ai-act'` gives the
 * validated questionnaire as plain JSON, and `virtual:questionnaire/eu-ai-act/sv` the
 * same in Swedish (its own chunk when imported dynamically). The YAML is read, checked with zod and the
 * integrity rules at build (and test) time; a broken file fails the build with the
 * file, item and reason. The browser ships neither a YAML parser nor the schema.
 * `virtual:questionnaire-start/<name>` holds what the start page says about the
 * questionnaire (how many pages it usually takes), computed here by the engine's
 * own function so the start page does not need the questionnaire itself.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadQuestionnaireFolder, readLocaleFile } from './load-files.ts';
import { localise } from './locale.ts';
import { extrasOf, leanOf } from './parts.ts';
import { typicalPages } from '../engine/pages.ts';

const PREFIX = 'virtual:questionnaire/';
const EXTRAS = 'virtual:questionnaire-extras/';
const START = 'virtual:questionnaire-start/';

/** What the start page shows about a questionnaire, known at build time. */
export interface StartFacts {
  /** How many pages the questions usually take (from the worked examples), if known. */
  typicalPages: { fewest: number; median: number; most: number } | null;
}

export function questionnairePlugin(root: string): Plugin {
  return {
    name: 'questionnaire',
    resolveId(id) {
      return id.startsWith(PREFIX) || id.startsWith(EXTRAS) || id.startsWith(START) ? `\0${id}` : null;
    },
    load(id) {
      if (id.startsWith(`\0${START}`)) {
        const name = id.slice(START.length + 1);
        const dir = resolve(root, 'questionnaires', name);
        const result = loadQuestionnaireFolder(dir, root);
        // No watch file here: the questionnaire modules above watch the folder (and Vitest would read it as an import).
        if (!result.ok) throw new Error(`questionnaires/${name} is not valid:\n  ${result.errors.join('\n  ')}`);
        // The pages do not depend on the language: the English questionnaire stands for all.
        const facts: StartFacts = { typicalPages: typicalPages(leanOf(result.questionnaire)) };
        return `export default ${JSON.stringify(facts)};`;
      }
      const extras = id.startsWith(`\0${EXTRAS}`);
      if (!extras && !id.startsWith(`\0${PREFIX}`)) return null;
      // virtual:questionnaire/<name>[/<locale>][/lean], or virtual:questionnaire-extras/<name>/<locale>
      // (see parts.ts); locale "en" is the original.
      const [name, lang, lean] = id.slice((extras ? EXTRAS : PREFIX).length + 1).split('/') as [string, string | undefined, string | undefined];
      const locale = lang === 'en' ? undefined : lang;
      const part = extras ? 'extras' : lean;
      const dir = resolve(root, 'questionnaires', name);
      const result = loadQuestionnaireFolder(dir, root);
      if (!result.ok) {
        throw new Error(`questionnaires/${name} is not valid:\n  ${result.errors.join('\n  ')}`);
      }
      this.addWatchFile(dir);
      const questionnaire = locale ? localise(result.questionnaire, locale, readLocaleFile(dir, locale)) : result.questionnaire;
      const data = part === 'lean' ? leanOf(questionnaire) : part === 'extras' ? extrasOf(questionnaire) : questionnaire;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/questionnaires/')) ctx.server.restart();
    },
  };
}
