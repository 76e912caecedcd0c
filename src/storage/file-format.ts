/**
 * The wizard's side of the assessment file: parse and write through
 * assessment-file.ts, in the shape the machine takes.
 */
import type { Answers } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ParsedFile } from '../machine/types.ts';
import type { ReportDetails } from './report-details.ts';
import { parseAssessmentFile, serializeAssessmentFile } from './assessment-file.ts';

export interface FileMeta {
  savedAt?: string;
  details?: ReportDetails;
}

export function serializeFile(questionnaire: Questionnaire, answers: Answers, meta: FileMeta = {}): string {
  return serializeAssessmentFile(questionnaire, answers, { ...meta, locale: questionnaire.locale });
}

/** The file as an object, for keeping inside a saved entry. */
export function fileObject(questionnaire: Questionnaire, answers: Answers, meta: FileMeta = {}): unknown {
  return JSON.parse(serializeFile(questionnaire, answers, meta));
}

/** A file's text, or its bytes (decoded the same way as the CLI: UTF-8, UTF-16 with a BOM, Windows-1252 with a warning). */
export function parseFile(input: string | Uint8Array, questionnaire: Questionnaire): ParsedFile {
  const result = parseAssessmentFile(input, questionnaire);
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, answers: result.answers, warnings: result.warnings, ...(result.details ? { details: result.details } : {}) };
}
