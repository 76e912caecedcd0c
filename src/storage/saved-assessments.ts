/**
 * Saved assessments: each one kept under its own key as
 * { schemaVersion, id, name, file } where `file` is the assessment file (which
 * carries the questionnaire version). An entry that cannot be read is reported
 * as damaged and kept, so the user can download it; nothing is thrown away silently.
 */
import type { Answers } from '../engine/answers.ts';
import type { StorageStatus, Work } from '../machine/types.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { listKeys, readItem, removeItem, writeItem } from './browser-storage.ts';
import { fileObject, parseFile } from './file-format.ts';
import type { ReportDetails } from './report-details.ts';

export const SCHEMA_VERSION = 1;
const ENTRY = 'assessment/';
const CURRENT = 'current';

export interface SavedEntry {
  id: string;
  name: string | null;
  savedAt: string;
  questionnaireVersion: string;
  answers: Answers;
  details?: ReportDetails;
  warnings: string[];
}

export interface DamagedEntry {
  key: string;
  raw: string;
  reason: string;
}

export type ReadEntry = { ok: true; entry: SavedEntry } | { ok: false; damaged: DamagedEntry };

interface Stored {
  schemaVersion: number;
  id: string;
  name: string | null;
  file: { savedAt?: string; questionnaire?: { version?: string } };
}

function readEntry(key: string, questionnaire: Questionnaire): ReadEntry | null {
  const raw = readItem(key);
  if (raw === null) return null;
  const damaged = (reason: string): ReadEntry => ({ ok: false, damaged: { key, raw, reason } });
  let data: Stored;
  try {
    data = JSON.parse(raw) as Stored;
  } catch {
    return damaged('not readable');
  }
  if (data?.schemaVersion !== SCHEMA_VERSION || typeof data.id !== 'string' || typeof data.file !== 'object' || data.file === null) {
    return damaged('unknown format');
  }
  const parsed = parseFile(JSON.stringify(data.file), questionnaire);
  if (!parsed.ok) return damaged(parsed.errors.join(' '));
  return {
    ok: true,
    entry: {
      id: data.id,
      name: typeof data.name === 'string' ? data.name : null,
      savedAt: String(data.file.savedAt ?? ''),
      questionnaireVersion: String(data.file.questionnaire?.version ?? ''),
      answers: parsed.answers,
      ...(parsed.details ? { details: parsed.details } : {}),
      warnings: parsed.warnings,
    },
  };
}

export function listSaved(questionnaire: Questionnaire): { entries: SavedEntry[]; damaged: DamagedEntry[] } {
  const entries: SavedEntry[] = [];
  const damaged: DamagedEntry[] = [];
  for (const key of listKeys(ENTRY)) {
    const read = readEntry(key, questionnaire);
    if (!read) continue;
    if (read.ok) entries.push(read.entry);
    else damaged.push(read.damaged);
  }
  entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { entries, damaged };
}

export function loadSaved(questionnaire: Questionnaire, id: string): ReadEntry | null {
  return readEntry(ENTRY + id, questionnaire);
}

export function writeSaved(questionnaire: Questionnaire, work: Work, name: string | null, savedAt = new Date().toISOString()): StorageStatus {
  const stored = { schemaVersion: SCHEMA_VERSION, id: work.id, name, file: fileObject(questionnaire, work.answers, { savedAt, ...(work.details ? { details: work.details } : {}) }) };
  return writeItem(ENTRY + work.id, JSON.stringify(stored));
}

/** Autosave: the work and which one is open now. Keeps a name given by "rename". */
export function saveWork(questionnaire: Questionnaire, work: Work): StorageStatus {
  const existing = loadSaved(questionnaire, work.id);
  const name = existing?.ok ? existing.entry.name : null;
  const unchanged = existing?.ok && JSON.stringify([existing.entry.answers, existing.entry.details]) === JSON.stringify([work.answers, work.details]);
  const status = unchanged ? 'ok' : writeSaved(questionnaire, work, name);
  if (status === 'ok') writeItem(CURRENT, work.id);
  return status;
}

/** A saved entry as the wizard's open work: its answers and report details. */
export function workOf(entry: SavedEntry): Work {
  return { id: entry.id, answers: entry.answers, ...(entry.details ? { details: entry.details } : {}) };
}

/** The work that was open when the page was last left, if it can be read. */
export function loadCurrent(questionnaire: Questionnaire): { work: Work; warnings: string[] } | null {
  const id = readItem(CURRENT);
  if (!id) return null;
  const read = loadSaved(questionnaire, id);
  if (!read?.ok) return null;
  return { work: workOf(read.entry), warnings: read.entry.warnings };
}

export function renameSaved(questionnaire: Questionnaire, id: string, name: string): StorageStatus {
  const read = loadSaved(questionnaire, id);
  if (!read?.ok) return 'unavailable';
  return writeSaved(questionnaire, workOf(read.entry), name.trim() || null, read.entry.savedAt);
}

export function duplicateSaved(questionnaire: Questionnaire, id: string, newId: string, name: string): StorageStatus {
  const read = loadSaved(questionnaire, id);
  if (!read?.ok) return 'unavailable';
  return writeSaved(questionnaire, { ...workOf(read.entry), id: newId }, name);
}

export function removeSaved(key: string): void {
  removeItem(key.startsWith(ENTRY) ? key : ENTRY + key);
  if (readItem(CURRENT) === key.replace(ENTRY, '')) removeItem(CURRENT);
}
