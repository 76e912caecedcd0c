/**
 * Vite plugin: `import questionnaire from 'virtual:questionnaire/eu-ai-act'` gives the
 * validated questionnaire as plain JSON, and `virtual:questionnaire/eu-ai-act/sv` the
 * same in Swedish (its own chunk when imported dynamically). The YAML is read, checked with zod and the
 * integrity rules at build (and test) time; a broken file fails the build with the
 * file, item and reason. The browser ships neither a YAML parser nor the schema.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadQuestionnaireFolder, readLocaleFile } from './load-files.ts';
import { localise } from './locale.ts';

const PREFIX = 'virtual:questionnaire/';

export function questionnairePlugin(root: string): Plugin {
  return {
    name: 'questionnaire',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      // virtual:questionnaire/<name> or virtual:questionnaire/<name>/<locale>
      const [name, locale] = id.slice(PREFIX.length + 1).split('/') as [string, string | undefined];
      const dir = resolve(root, 'questionnaires', name);
      const result = loadQuestionnaireFolder(dir, root);
      if (!result.ok) {
        throw new Error(`questionnaires/${name} is not valid:\n  ${result.errors.join('\n  ')}`);
      }
      this.addWatchFile(dir);
      const questionnaire = locale ? localise(result.questionnaire, locale, readLocaleFile(dir, locale)) : result.questionnaire;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(questionnaire))});`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/questionnaires/')) ctx.server.restart();
    },
  };
}
