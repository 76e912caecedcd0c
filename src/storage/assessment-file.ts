/**
 * The assessment file: the answers to one questionnaire, saved as JSON by the
 * wizard's export and read by its import and by the CLI.
 *
 *   { "format": "eu-ai-act-assessment", "formatVersion": 1,
 *     "questionnaire": { "id": "eu-ai-act", "version": "1.0.0" },
 *     "savedAt": "2026-11-25T10:00:00.000Z", "meta": { "locale": "en" },
 *     "answers": { "<question id>": "<option value>" | ["<value>", ...] | "<text>" },
 *     "details": { "organisation": "...", "status": "draft", ... } }   (optional, see report-details.ts)
 *
 * A file is untrusted: it is size- and depth-checked, validated with zod, its
 * answers checked against the questionnaire, and an older questionnaire
 * version migrated (see migrations.ts). Every problem gets a message a person
 * can act on; nothing in a file can crash the parser.
 */
import type { Answers, AnswerValue } from '../engine/answers.ts';
import { walk, withSkippedOptional } from '../engine/journey.ts';
import { answerProblem, UNKNOWN } from '../engine/answers.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { isChoice } from '../questionnaire/kinds.ts';
import { describeJsonError, duplicateKeys, forbiddenKeys, MAX_DEPTH, MAX_FILE_CHARS, nestingDepth } from './assessment-file-guard.ts';
import { decodeFileBytes } from './file-text.ts';
import { normaliseLocale } from './file-locale.ts';
import { normaliseMultiLine, normaliseSingleLine } from './single-line.ts';
import { FILE_FORMAT, FileShape, FORMAT_VERSION, pathOf } from './assessment-file-schema.ts';
import { compareVersions, migrateAnswers, MIGRATIONS, type Migration } from './migrations.ts';
import { compactDetails, type ReportDetails } from './report-details.ts';
import { notAnAssessmentFile } from './file-kind.ts';

export { fingerprint } from './assessment-fingerprint.ts';
export { FILE_FORMAT, FORMAT_VERSION, MAX_TEXT } from './assessment-file-schema.ts';

const MAX_MESSAGES = 20;

export type ParseResult =
  | { ok: true; answers: Answers; warnings: string[]; migratedFrom?: string; savedAt?: string; locale?: string; details?: ReportDetails }
  | { ok: false; errors: string[] };

function withOptions(question: Question, problem: string): string {
  if (!isChoice(question) || !problem.includes('is not one of its options')) return problem;
  const values = [...question.options.map((o) => o.value), ...(question.unknown ? [UNKNOWN] : [])];
  return `${problem} (${values.join(', ')})`;
}

function readJson(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  if (typeof text !== 'string') return { ok: false, error: 'the file could not be read as text' };
  const kind = notAnAssessmentFile(text);
  if (kind) return { ok: false, error: kind };
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'the file is larger than 1 MB; an assessment file is a few KB' };
  if (nestingDepth(text) > MAX_DEPTH) return { ok: false, error: `the file is nested more than ${MAX_DEPTH} levels deep; it is not an assessment file` };
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: `not JSON: ${describeJsonError(body)}` };
  }
  const twice = duplicateKeys(body);
  if (twice.length > 0) return { ok: false, error: `${twice.slice(0, 5).join(', ')}: this key appears more than once, so the file is ambiguous (a JSON reader keeps only the last one); remove the extra copy` };
  return { ok: true, data };
}

/** A text answer as the wizard keeps it: one line for a single-line question, no control characters. */
function normaliseText(question: Question | undefined, value: unknown): unknown {
  if (!question || isChoice(question) || typeof value !== 'string') return value;
  return question.type === 'text' ? normaliseSingleLine(value) : normaliseMultiLine(value);
}

export interface ParseOptions {
  /** The migration steps for this questionnaire (defaults to the recorded ones). */
  migrations?: readonly Migration[];
}

/** Reads a file's text (or its bytes, decoded as in file-text.ts) against the questionnaire. */
export function parseAssessmentFile(input: string | Uint8Array, questionnaire: Questionnaire, options: ParseOptions = {}): ParseResult {
  const decoded = typeof input === 'string' ? { ok: true as const, text: input, warnings: [] } : decodeFileBytes(input);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const result = parseText(decoded.text, questionnaire, options);
  return result.ok && decoded.warnings.length > 0 ? { ...result, warnings: [...decoded.warnings, ...result.warnings] } : result;
}

function parseText(text: string, questionnaire: Questionnaire, options: ParseOptions): ParseResult {
  const json = readJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const data = json.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: ['the file must hold a JSON object ({ ... })'] };
  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return { ok: false, errors: forbidden.slice(0, 10).map((p) => `${p}: this key is not allowed`) };

  const parsed = FileShape.safeParse(data);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.slice(0, MAX_MESSAGES).map((i) => (i.path.length ? `${pathOf(i.path)}: ${i.message}` : i.message)))] };
  const file = parsed.data;
  if (file.formatVersion > FORMAT_VERSION) return { ok: false, errors: [`this file uses file format ${file.formatVersion}, newer than this tool's ${FORMAT_VERSION}; update the tool`] };
  if (file.formatVersion < 1) return { ok: false, errors: [`formatVersion: ${file.formatVersion} is not a file format version`] };
  if (file.questionnaire.id !== questionnaire.id) return { ok: false, errors: [`this file is for the questionnaire '${file.questionnaire.id}', not '${questionnaire.id}'`] };
  const order = compareVersions(file.questionnaire.version, questionnaire.version);
  if (order > 0) return { ok: false, errors: [`this file is for questionnaire version ${file.questionnaire.version}, newer than this tool's ${questionnaire.version}`] };

  const migrated = order < 0;
  const warnings: string[] = [];
  let raw: Record<string, unknown> = file.answers;
  let review: string[] = [];
  let added: { id: string; version: string }[] = [];
  if (migrated) {
    const steps = options.migrations ?? MIGRATIONS[questionnaire.id] ?? [];
    const result = migrateAnswers(raw, file.questionnaire.version, questionnaire.version, steps);
    raw = result.answers;
    review = result.review;
    added = result.added;
    warnings.push(`this file was saved with questionnaire version ${file.questionnaire.version} and was updated to ${questionnaire.version}`, ...result.warnings);
  }

  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const errors: string[] = [];
  const answers: Record<string, AnswerValue> = {};
  for (const [id, given] of Object.entries(raw)) {
    const question = byId.get(id);
    const value = normaliseText(question, given);
    if (value !== given) warnings.push(`answers.${id}: line breaks or control characters in the text were ${question?.type === 'text' ? 'replaced by spaces or removed' : 'removed'}`);
    const problem = question ? answerProblem(question, value as AnswerValue) : `unknown question id '${id}'`;
    if (problem === null) answers[id] = value as AnswerValue;
    else if (!question) (migrated ? warnings : errors).push(migrated ? `${problem}; its answer was left out` : problem);
    else if (migrated) warnings.push(`answers.${id}: ${withOptions(question, problem)}; answer "${question.text}" again`);
    else errors.push(`answers.${id}: ${withOptions(question, problem)}`);
  }
  for (const id of review) {
    const question = byId.get(id);
    if (question && id in answers) warnings.push(`check your answer to "${question.text}" (${id}): the question changed since version ${file.questionnaire.version}`);
  }
  if (errors.length > MAX_MESSAGES) return { ok: false, errors: [...errors.slice(0, MAX_MESSAGES), `… and ${errors.length - MAX_MESSAGES} more problems`] };
  if (errors.length > 0) return { ok: false, errors };
  Object.assign(answers, withSkippedOptional(questionnaire, answers));
  if (added.length > 0) {
    const { pending } = walk(questionnaire, answers, new Set(added.map((a) => a.id)));
    for (const { id, version } of added) {
      const question = byId.get(id);
      if (question && pending.includes(id)) warnings.push(`answer the new question "${question.text}" (${id}), added in version ${version}`);
    }
  }
  const locale = file.meta?.locale ? normaliseLocale(file.meta.locale) : null;
  if (locale?.warning) warnings.push(locale.warning);
  const ordered = Object.fromEntries(questionnaire.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]!]));
  const details = compactDetails(file.details);
  return {
    ok: true,
    answers: ordered,
    warnings,
    ...(migrated ? { migratedFrom: file.questionnaire.version } : {}),
    ...(file.savedAt ? { savedAt: file.savedAt } : {}),
    ...(locale ? { locale: locale.locale } : {}),
    ...(details ? { details } : {}),
  };
}

export interface FileMeta {
  savedAt?: string | Date;
  locale?: string;
  /** Report details (cover, register); left out of the file when none is filled in. */
  details?: ReportDetails;
}

/** Pretty JSON with the answers in questionnaire order; answers to unknown questions are left out. */
export function serializeAssessmentFile(questionnaire: Questionnaire, answers: Answers, meta: FileMeta = {}): string {
  const savedAt = meta.savedAt instanceof Date ? meta.savedAt.toISOString() : (meta.savedAt ?? new Date().toISOString());
  const ordered: Record<string, AnswerValue> = {};
  for (const q of questionnaire.questions) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (value !== undefined) ordered[q.id] = Array.isArray(value) ? [...value] : value;
  }
  const details = compactDetails(meta.details);
  const file = {
    format: FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    savedAt,
    ...(meta.locale ? { meta: { locale: meta.locale } } : {}),
    answers: ordered,
    ...(details ? { details } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
