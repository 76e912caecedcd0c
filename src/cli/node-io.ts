/** The CLI's real input and output: files, the process streams and the questionnaire on disk. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaireFolder } from '../questionnaire/load-files.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { renderPdfInNode } from '../report/pdf-node.ts';
import { MAX_FILE_CHARS } from '../storage/assessment-file-guard.ts';
import type { CliIo } from './run.ts';

const QUESTIONNAIRE_DIR = fileURLToPath(new URL('../../questionnaires/eu-ai-act', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function readText(path: string): string {
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
  return readFileSync(path, 'utf8');
}

function loadQuestionnaire(): Questionnaire {
  const result = loadQuestionnaireFolder(QUESTIONNAIRE_DIR, ROOT);
  if (!result.ok) throw new Error(`the questionnaire is not valid:\n  ${result.errors.join('\n  ')}`);
  return result.questionnaire;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readText,
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
};
