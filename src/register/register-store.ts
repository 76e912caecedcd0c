/**
 * The register's side of the saved assessments: read every entry as a register
 * input (answers, report details, version), write a restore, and re-assess an
 * entry under the current questionnaire while keeping the old result as history.
 */
import type { Answers } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { fileObject } from '../storage/file-format.ts';
import { listSaved, savedFiles, savedHistory, writeSavedFile } from '../storage/saved-assessments.ts';
import { ReportDetails } from '../storage/report-details.ts';
import type { RestoreWrite } from '../storage/backup.ts';
import type { RegisterInput } from './register-rows.ts';
import type { Headline } from './reassess.ts';

export function readRegisterInputs(questionnaire: Questionnaire): { inputs: RegisterInput[]; files: Map<string, Record<string, unknown>> } {
  const files = new Map(savedFiles().map((f) => [f.id, f.file]));
  const inputs = listSaved(questionnaire).entries.map((e) => {
    const details = ReportDetails.safeParse(files.get(e.id)?.['details']);
    return { id: e.id, name: e.name, savedAt: e.savedAt, questionnaireVersion: e.questionnaireVersion, answers: e.answers, details: details.success ? details.data : undefined };
  });
  return { inputs, files };
}

/** Writes every restore; stops at the first failed write and says how many were saved. */
export function writeRestore(writes: readonly RestoreWrite[]): { saved: number; failed: boolean } {
  let saved = 0;
  for (const w of writes) {
    if (writeSavedFile(w.id, w.name, w.file) !== 'ok') return { saved, failed: true };
    saved++;
  }
  return { saved, failed: false };
}

export interface HistoryItem {
  /** When the old result was replaced. */
  replacedAt: string;
  questionnaireVersion: string;
  outcome: Headline;
  /** The assessment file as it was. */
  file: Record<string, unknown>;
}

/**
 * Saves the entry's answers under the current questionnaire version (details
 * kept) and keeps the old file and its result in the entry's history.
 */
export function saveReassessed(questionnaire: Questionnaire, id: string, name: string | null, oldFile: Record<string, unknown>, answers: Answers, old: HistoryItem): boolean {
  const file = fileObject(questionnaire, answers, { savedAt: new Date().toISOString() }) as Record<string, unknown>;
  if (oldFile['details'] !== undefined) file['details'] = oldFile['details'];
  return writeSavedFile(id, name, file, [...savedHistory(id), old]) === 'ok';
}
