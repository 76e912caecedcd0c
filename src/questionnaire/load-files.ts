/**
 * Reads a questionnaire folder from disk (Node only: the build, the tests and the CLI).
 * The browser never parses YAML: the build validates the folder and ships plain JSON.
 *
 * Layout of a folder:
 *   questionnaire.yaml      id, version, lawAsOf, sections, obligation groups, ...
 *   questions/*.yaml        lists of questions, in file-name order
 *   facts/*.yaml  rules/*.yaml  obligations/*.yaml  guidance/*.yaml  examples/*.yaml
 *   procurement/*.yaml  registration/*.yaml (optional: tender annex, Annex VIII sheets)
 *   dates.yaml  outcomes.yaml  glossary.yaml (optional)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseQuestionnaire, type LoadResult, type ItemSource } from './parse.ts';

const LISTS = { questions: 'questions', facts: 'facts', rules: 'rules', obligations: 'obligations', guidance: 'guidance', examples: 'examples', tenderAnnex: 'procurement', registration: 'registration' } as const;
const REQUIRED = new Set(['questions', 'rules']);
const SINGLE_LISTS = { dates: 'dates.yaml', outcomes: 'outcomes.yaml' } as const;
const OPTIONAL_LISTS = { glossary: 'glossary.yaml' } as const;

function readYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

export interface RawFolder {
  raw: Record<string, unknown>;
  sources: ItemSource[];
  mainFile: string;
  errors: string[];
}

/** Reads and assembles the YAML files without validating them. */
export function readQuestionnaireFolder(dir: string, root = process.cwd()): RawFolder {
  const rel = (file: string) => relative(root, file);
  const sources: ItemSource[] = [];
  const mainFile = join(dir, 'questionnaire.yaml');
  const raw: Record<string, unknown> = {};
  const errors: string[] = [];

  const collect = (key: string, file: string) => {
    let data: unknown;
    try {
      data = readYaml(file);
    } catch (error) {
      errors.push((error as Error).message);
      return;
    }
    if (!Array.isArray(data)) {
      errors.push(`${rel(file)}: expected a list of ${key}`);
      return;
    }
    const list = (raw[key] ??= []) as unknown[];
    data.forEach((item, index) => {
      sources.push({ key, index: list.length, file: rel(file), itemIndex: index });
      list.push(item);
    });
  };

  if (!existsSync(mainFile)) return { raw, sources, mainFile: rel(mainFile), errors: [`${rel(mainFile)}: file not found`] };
  try {
    const main = readYaml(mainFile);
    if (typeof main !== 'object' || main === null || Array.isArray(main)) {
      errors.push(`${rel(mainFile)}: expected a map of questionnaire settings`);
    } else {
      Object.assign(raw, main);
    }
  } catch (error) {
    errors.push((error as Error).message);
  }
  for (const [key, folder] of Object.entries(LISTS)) {
    const path = join(dir, folder);
    const files = existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.yaml')).sort() : [];
    if (files.length === 0 && REQUIRED.has(key)) errors.push(`${rel(path)}: no .yaml files found`);
    raw[key] ??= [];
    for (const file of files) collect(key, join(path, file));
  }
  for (const [key, file] of Object.entries(OPTIONAL_LISTS)) {
    if (existsSync(join(dir, file))) collect(key, join(dir, file));
  }
  for (const [key, file] of Object.entries(SINGLE_LISTS)) {
    const path = join(dir, file);
    if (!existsSync(path)) errors.push(`${rel(path)}: file not found`);
    else collect(key, path);
  }
  return { raw, sources, mainFile: rel(mainFile), errors };
}

export function loadQuestionnaireFolder(dir: string, root = process.cwd()): LoadResult {
  const folder = readQuestionnaireFolder(dir, root);
  if (folder.errors.length > 0) return { ok: false, errors: folder.errors };
  return parseQuestionnaire(folder.raw, { sources: folder.sources, mainFile: folder.mainFile });
}

/** A locale file: a flat map from text key to translation (see locale.ts). */
export function readLocaleFile(dir: string, locale: string): Record<string, string> {
  const file = join(dir, 'locales', `${locale}.yaml`);
  if (!existsSync(file)) throw new Error(`${file}: no such locale file`);
  const data = readYaml(file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: expected a map of text keys to translations`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new Error(`${file}: ${key}: expected text`);
    out[key] = value;
  }
  return out;
}

export function localesOf(dir: string): string[] {
  const path = join(dir, 'locales');
  return existsSync(path) ? readdirSync(path).filter((f) => /^[a-z]{2}\.yaml$/.test(f)).map((f) => f.slice(0, 2)).sort() : [];
}
