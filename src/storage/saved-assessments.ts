/**
 * Saved assessments: each one kept under its own key as
 * { schemaVersion, id, name, revision, file } where `file` is the assessment file (which
 * carries the questionnaire version) and `revision` counts its saves (see
 * tab-conflict.ts: a tab never saves over another tab's newer answers). An entry
 * that cannot be read is reported as damaged and kept, so the user can download
 * it; nothing is thrown away silently.
 */
import type { Answers } from '../engine/answers.ts';
import type { StorageStatus, Work } from '../machine/types.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { listKeys, readItem, removeItem, writeItem } from './browser-storage.ts';
import { fileObject, parseFile } from './file-format.ts';
import { CURRENT, ENTRY } from './saved-keys.ts';
import { answersKey, clearConflict, currentConflict, forget, markSeen, reportConflict, seenBy } from './tab-conflict.ts';
import type { ReportDetails } from './report-details.ts';

export const SCHEMA_VERSION = 1;

export interface SavedEntry {
  id: string;
  name: string | null;
  savedAt: string;
  /** How many times it was saved (0 for entries from before revisions were kept). */
  revision: number;
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
  revision?: number;
  file: { savedAt?: string; questionnaire?: { version?: string } };
  /** Earlier versions, oldest first: the answers before a supplier's reply was accepted (see keepVersion). */
  history?: Version[];
}

/** An earlier version of a saved assessment: when it was set aside, why, and its assessment file. */
export interface Version {
  savedAt: string;
  note: string;
  file: unknown;
}

function storedHistory(key: string): Version[] {
  const raw = readItem(key);
  if (raw === null) return [];
  try {
    const history = (JSON.parse(raw) as Stored).history;
    return Array.isArray(history) ? history : [];
  } catch {
    return [];
  }
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
      revision: Number.isSafeInteger(data.revision) && data.revision! > 0 ? data.revision! : 0,
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

export function writeSaved(questionnaire: Questionnaire, work: Work, name: string | null, savedAt = new Date().toISOString(), history = storedHistory(ENTRY + work.id)): StorageStatus {
  const before = loadSaved(questionnaire, work.id);
  const revision = (before?.ok ? before.entry.revision : 0) + 1;
  const stored = { schemaVersion: SCHEMA_VERSION, id: work.id, name, revision, file: fileObject(questionnaire, work.answers, { savedAt, ...(work.details ? { details: work.details } : {}) }), ...(history.length > 0 ? { history } : {}) };
  const status = writeItem(ENTRY + work.id, JSON.stringify(stored));
  if (status === 'ok') markSeen(work.id, revision, work.answers);
  return status;
}

/** Sets the work's current answers aside as an earlier version of its saved entry, before they change. */
export function keepVersion(questionnaire: Questionnaire, work: Work, note: string, savedAt = new Date().toISOString()): StorageStatus {
  const existing = loadSaved(questionnaire, work.id);
  const name = existing?.ok ? existing.entry.name : null;
  const history = [...storedHistory(ENTRY + work.id), { savedAt, note, file: fileObject(questionnaire, work.answers, { savedAt, ...(work.details ? { details: work.details } : {}) }) }];
  return writeSaved(questionnaire, work, name, savedAt, history);
}

/** The earlier versions of a saved assessment that can still be read, oldest first. */
export function savedVersions(questionnaire: Questionnaire, id: string): { savedAt: string; note: string; answers: Answers }[] {
  return storedHistory(ENTRY + id).flatMap((v) => {
    const parsed = parseFile(JSON.stringify(v.file), questionnaire);
    return parsed.ok ? [{ savedAt: String(v.savedAt), note: String(v.note), answers: parsed.answers }] : [];
  });
}

/** Earlier versions of an entry (a reply accepted, a re-assessment under a newer questionnaire): never dropped by a save. */
function keptHistory(id: string): { history?: unknown[] } {
  const history = storedHistory(ENTRY + id);
  return history.length > 0 ? { history } : {};
}

/** Another tab saved answers this tab has not seen (and that differ from this tab's). */
function changedElsewhere(entry: SavedEntry, work: Work): boolean {
  const base = seenBy(work.id);
  if (!base || entry.revision <= base.revision) return false;
  const theirs = answersKey(entry.answers);
  return theirs !== base.answers && theirs !== answersKey(work.answers);
}

/**
 * Autosave: the work and which one is open now. Keeps a name given by "rename".
 * Never saves over answers another tab saved since this tab opened them: that is
 * reported as a conflict (tab-conflict.ts) and this tab's answers wait in memory.
 */
export function saveWork(questionnaire: Questionnaire, work: Work): StorageStatus {
  if (currentConflict() === work.id) return 'ok';
  const existing = loadSaved(questionnaire, work.id);
  if (existing?.ok && changedElsewhere(existing.entry, work)) {
    reportConflict(work.id);
    return 'ok';
  }
  const name = existing?.ok ? existing.entry.name : null;
  const unchanged = existing?.ok && answersKey(existing.entry.answers) === answersKey(work.answers) && JSON.stringify(existing.entry.details ?? null) === JSON.stringify(work.details ?? null);
  if (unchanged) markSeen(work.id, existing.entry.revision, existing.entry.answers);
  const status = unchanged ? 'ok' : writeSaved(questionnaire, work, name);
  if (status === 'ok') writeItem(CURRENT, work.id);
  return status;
}

/** A change to a saved entry made by another tab (a storage event): a conflict if it differs from this tab's work. */
export function otherTabSaved(questionnaire: Questionnaire, work: Work): void {
  const read = loadSaved(questionnaire, work.id);
  if (read?.ok && changedElsewhere(read.entry, work)) reportConflict(work.id);
}

/** A saved entry as the work the wizard holds: id, answers and report details. */
export function workOf(entry: SavedEntry): Work {
  return { id: entry.id, answers: entry.answers, ...(entry.details ? { details: entry.details } : {}) };
}

/** The work that was open when the page was last left, if it can be read. */
export function loadCurrent(questionnaire: Questionnaire): { work: Work; warnings: string[] } | null {
  const id = readItem(CURRENT);
  if (!id) return null;
  const read = loadSaved(questionnaire, id);
  if (!read?.ok) return null;
  markSeen(id, read.entry.revision, read.entry.answers);
  return { work: workOf(read.entry), warnings: read.entry.warnings };
}

/** Opens a saved entry as this tab's work: from now on this tab has seen its revision. */
export function openSaved(questionnaire: Questionnaire, id: string): ReadEntry | null {
  const read = loadSaved(questionnaire, id);
  if (read?.ok) markSeen(id, read.entry.revision, read.entry.answers);
  if (currentConflict() === id) clearConflict();
  return read;
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
  forget(key.replace(ENTRY, ''));
  if (readItem(CURRENT) === key.replace(ENTRY, '')) removeItem(CURRENT);
}

/** Every saved entry as it is stored (for a backup): the file object untouched, details and all. */
export function savedFiles(): { id: string; name: string | null; file: Record<string, unknown> }[] {
  const out: { id: string; name: string | null; file: Record<string, unknown> }[] = [];
  for (const key of listKeys(ENTRY)) {
    const raw = readItem(key);
    if (raw === null) continue;
    try {
      const data = JSON.parse(raw) as Partial<Stored>;
      if (data?.schemaVersion === SCHEMA_VERSION && typeof data.id === 'string' && typeof data.file === 'object' && data.file !== null) {
        out.push({ id: data.id, name: typeof data.name === 'string' ? data.name : null, file: data.file as Record<string, unknown> });
      }
    } catch {
      /* damaged entries are offered for download on the saved page */
    }
  }
  return out;
}

/** Writes a checked assessment file object under an id (a restore, a re-assessment), with history to keep beside it. */
export function writeSavedFile(id: string, name: string | null, file: Record<string, unknown>, history?: unknown[]): StorageStatus {
  const kept = history ? { history } : keptHistory(id);
  // A new revision, so a tab that has this assessment open notices the change (see changedElsewhere).
  let revision = 1;
  try {
    const before = JSON.parse(readItem(ENTRY + id) ?? 'null') as { revision?: unknown } | null;
    if (typeof before?.revision === 'number' && Number.isInteger(before.revision)) revision = before.revision + 1;
  } catch {
    /* damaged entries are replaced only by a restore the user chose */
  }
  return writeItem(ENTRY + id, JSON.stringify({ schemaVersion: SCHEMA_VERSION, id, name, revision, file, ...kept }));
}

/** An entry's history as stored (see writeSavedFile). */
export function savedHistory(id: string): unknown[] {
  return keptHistory(id).history ?? [];
}
