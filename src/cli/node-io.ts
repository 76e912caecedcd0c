/** The CLI's real input and output: files, the process streams and the questionnaire on disk. */
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaireFolder, readLocaleFile } from '../questionnaire/load-files.ts';
import { localise } from '../questionnaire/locale.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { renderPdfInNode } from '../report/pdf-node.ts';
import { MAX_FILE_CHARS } from '../storage/assessment-file-guard.ts';
import type { FileLocale } from '../storage/file-locale.ts';
import type { CliIo } from './run.ts';

const QUESTIONNAIRE_DIR = fileURLToPath(new URL('../../questionnaires/eu-ai-act', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message, { cause: error });
  }
  // Four bytes a character at most: anything larger cannot pass the 1 MB check anyway.
  if (size > MAX_FILE_CHARS * 4) throw new Error('the file is larger than 1 MB; an assessment file is a few KB');
  return new Uint8Array(readFileSync(path));
}

let loaded: Questionnaire | undefined;

/** The questionnaire, localised from its locale file the same way the build does (vite-plugin.ts). */
function loadQuestionnaire(locale?: FileLocale): Questionnaire {
  if (!loaded) {
    const result = loadQuestionnaireFolder(QUESTIONNAIRE_DIR, ROOT);
    if (!result.ok) throw new Error(`the questionnaire is not valid:\n  ${result.errors.join('\n  ')}`);
    loaded = result.questionnaire;
  }
  return locale && locale !== 'en' ? localise(loaded, locale, readLocaleFile(QUESTIONNAIRE_DIR, locale)) : loaded;
}

/** Links resolved; a file that does not exist yet is named by its folder's real path. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readBytes,
  writeFile: (path, data) => writeFileSync(path, data),
  loadQuestionnaire,
  renderPdf: renderPdfInNode,
  now: () => new Date(),
  listDir: (path) => {
    try {
      return statSync(path).isDirectory() ? readdirSync(path) : null;
    } catch {
      return null;
    }
  },
  realPath,
};
