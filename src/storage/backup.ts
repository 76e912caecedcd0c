/**
 * A backup of every saved assessment as one file, and a restore that merges it
 * into what is saved. A backup is untrusted like any file: every assessment in
 * it is checked as an assessment file before anything is written, and one bad
 * entry refuses the whole restore (so a bad backup changes nothing). An
 * assessment whose id is already saved with other answers is a conflict: the
 * user keeps both (the backup's copy gets a new id), keeps theirs (the backup
 * file still holds the other), or takes the backup's (their own is then kept
 * as a copy); nothing saved is ever dropped.
 *
 *   { "format": "eu-ai-act-backup", "formatVersion": 1, "createdAt": "…",
 *     "assessments": [ { "id": "…", "name": "…" | null, "file": { assessment file } }, … ] }
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { parseAssessmentFile } from './assessment-file.ts';
import { describeJsonError } from './assessment-file-guard.ts';

export const BACKUP_FORMAT = 'eu-ai-act-backup';
export const BACKUP_VERSION = 1;
/** 2,000 assessments of a few KB each, with room to spare. */
export const MAX_BACKUP_CHARS = 20_000_000;
export const MAX_BACKUP_ENTRIES = 2000;

export interface BackupEntry {
  id: string;
  name: string | null;
  /** The assessment file object, as saved. */
  file: Record<string, unknown>;
}

export function backupFile(entries: readonly BackupEntry[], createdAt: string): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, createdAt, assessments: entries }, null, 2)}\n`;
}

export type ParsedBackup = { ok: true; entries: BackupEntry[]; createdAt: string } | { ok: false; errors: string[] };

const ID = /^[A-Za-z0-9._-]{1,100}$/;

export function parseBackup(text: string, questionnaire: Questionnaire): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, errors: ['the file is larger than 20 MB; it is not a backup of this tool'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [`not JSON: ${describeJsonError(text.replace(/^\uFEFF/, ''))}`] };
  }
  const d = data as { format?: unknown; formatVersion?: unknown; createdAt?: unknown; assessments?: unknown };
  if (typeof data !== 'object' || data === null || d.format !== BACKUP_FORMAT) {
    const hint = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'eu-ai-act-assessment' ? ' (this is one assessment: open it with "Open an assessment file")' : '';
    return { ok: false, errors: [`this is not a backup of saved assessments${hint}`] };
  }
  if (typeof d.formatVersion !== 'number' || d.formatVersion > BACKUP_VERSION) return { ok: false, errors: [`this backup uses format ${String(d.formatVersion)}, newer than this tool's ${BACKUP_VERSION}; update the tool`] };
  if (!Array.isArray(d.assessments)) return { ok: false, errors: ['assessments: expected a list of assessments'] };
  if (d.assessments.length > MAX_BACKUP_ENTRIES) return { ok: false, errors: [`the backup holds ${d.assessments.length} assessments; at most ${MAX_BACKUP_ENTRIES} can be restored at once`] };
  const errors: string[] = [];
  const entries: BackupEntry[] = [];
  const seen = new Set<string>();
  d.assessments.forEach((raw: unknown, i: number) => {
    const where = `assessment ${i + 1}`;
    const e = raw as { id?: unknown; name?: unknown; file?: unknown };
    if (typeof raw !== 'object' || raw === null) return void errors.push(`${where}: expected an object`);
    if (typeof e.id !== 'string' || !ID.test(e.id)) return void errors.push(`${where}: id: expected letters, digits, '.', '_' or '-'`);
    if (seen.has(e.id)) return void errors.push(`${where}: the id '${e.id}' appears twice`);
    seen.add(e.id);
    if (e.name !== null && e.name !== undefined && (typeof e.name !== 'string' || e.name.length > 300)) return void errors.push(`${where}: name: expected a text of at most 300 characters`);
    if (typeof e.file !== 'object' || e.file === null || Array.isArray(e.file)) return void errors.push(`${where}: file: expected an assessment file`);
    const parsed = parseAssessmentFile(JSON.stringify(e.file), questionnaire);
    if (!parsed.ok) return void errors.push(...parsed.errors.slice(0, 3).map((m) => `${where} ('${e.id}'): ${m}`));
    entries.push({ id: e.id, name: typeof e.name === 'string' ? e.name : null, file: e.file as Record<string, unknown> });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  return { ok: true, entries, createdAt: typeof d.createdAt === 'string' ? d.createdAt : '' };
}

export type RestoreChoice = 'keep-both' | 'keep-mine' | 'take-backup';

export type RestoreItem =
  | { kind: 'new'; entry: BackupEntry }
  | { kind: 'same'; entry: BackupEntry }
  | { kind: 'conflict'; entry: BackupEntry; mine: BackupEntry };

/** What a restore would do, before it does anything. */
export function planRestore(existing: readonly BackupEntry[], incoming: readonly BackupEntry[]): RestoreItem[] {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const content = (e: BackupEntry) => JSON.stringify({ answers: e.file['answers'], details: e.file['details'] ?? null, name: e.name });
  return incoming.map((entry) => {
    const mine = byId.get(entry.id);
    if (!mine) return { kind: 'new', entry };
    return content(mine) === content(entry) ? { kind: 'same', entry } : { kind: 'conflict', entry, mine };
  });
}

export interface RestoreWrite {
  id: string;
  name: string | null;
  file: Record<string, unknown>;
}

/**
 * The writes a restore makes, given a choice per conflicting id (default:
 * keep both). `newId` gives the id for a backup copy kept beside the user's.
 */
export interface CopyNames {
  /** The backup's version kept beside the user's. */
  fromBackup: (name: string | null) => string;
  /** The user's version kept when they take the backup's. */
  beforeRestore: (name: string | null) => string;
}

export function restoreWrites(plan: readonly RestoreItem[], choices: Readonly<Record<string, RestoreChoice>>, newId: () => string, names: CopyNames): RestoreWrite[] {
  const writes: RestoreWrite[] = [];
  for (const item of plan) {
    if (item.kind === 'same') continue;
    if (item.kind === 'new') {
      writes.push({ ...item.entry });
      continue;
    }
    const choice = choices[item.entry.id] ?? 'keep-both';
    if (choice === 'keep-mine') continue;
    if (choice === 'take-backup') {
      // The backup's version takes the id; the user's own is kept beside it, never dropped.
      writes.push({ ...item.entry }, { id: newId(), name: names.beforeRestore(item.mine.name), file: item.mine.file });
    } else writes.push({ id: newId(), name: names.fromBackup(item.entry.name), file: item.entry.file });
  }
  return writes;
}
