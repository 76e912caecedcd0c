/**
 * The register's side of the saved assessments: read every entry as a register
 * input (answers, report details, version), write a restore, and re-assess an
 * entry under the current questionnaire while keeping the old result as history.
 */
import type { Answers } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { listKeys, readItem, removeItem, writeItem } from '../storage/browser-storage.ts';
import { fileObject, parseFile } from '../storage/file-format.ts';
import { savedFiles, savedHistory, writeSavedFile } from '../storage/saved-assessments.ts';
import { ReportDetails } from '../storage/report-details.ts';
import type { RestoreWrite } from '../storage/backup.ts';
import { registerAssessment, type RegisterInput } from './register-rows.ts';
import { summarise, summaryKey, usableSummary } from './register-summary.ts';
import type { Headline } from './reassess.ts';

const SUMMARY = 'register-summary/';

function readSummary(id: string): unknown {
  const raw = readItem(SUMMARY + id);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Raw answers as stored, for names only: strings pass, anything else is ignored. */
function storedAnswers(file: Record<string, unknown>): Answers {
  const answers = file['answers'];
  if (typeof answers !== 'object' || answers === null) return {};
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) as Answers;
}

/**
 * Every saved assessment as a register input. An entry with a matching summary
 * is not parsed or assessed again; one without is checked as an assessment file,
 * assessed, and its summary kept (under its own key) for next time. Entries
 * that cannot be read are left to the saved page, which offers them for download.
 */
export function readRegisterInputs(questionnaire: Questionnaire): { inputs: RegisterInput[] } {
  const inputs: RegisterInput[] = [];
  const ids = new Set<string>();
  for (const { id, name, file } of savedFiles()) {
    ids.add(id);
    const key = summaryKey(questionnaire, file['answers']);
    const version = String((file['questionnaire'] as { version?: unknown } | undefined)?.version ?? '');
    const details = ReportDetails.safeParse(file['details']);
    const base = { id, name, savedAt: typeof file['savedAt'] === 'string' ? file['savedAt'] : '', questionnaireVersion: version, details: details.success ? details.data : undefined };
    const kept = usableSummary(readSummary(id), key);
    if (kept) {
      inputs.push({ ...base, answers: storedAnswers(file), summary: kept });
      continue;
    }
    const parsed = parseFile(JSON.stringify(file), questionnaire);
    if (!parsed.ok) continue;
    const summary = summarise(key, registerAssessment(questionnaire, parsed.answers));
    writeItem(SUMMARY + id, JSON.stringify(summary));
    inputs.push({ ...base, answers: parsed.answers, summary });
  }
  for (const key of listKeys(SUMMARY)) if (!ids.has(key.slice(SUMMARY.length))) removeItem(key);
  return { inputs };
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
  /** When the old result was replaced (the saved versions' `savedAt`). */
  savedAt: string;
  /** Why it was set aside, in the user's language. */
  note: string;
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
