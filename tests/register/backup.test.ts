import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFile, parseBackup, planRestore, restoreWrites, type BackupEntry } from '../../src/storage/backup.ts';
import { caseFiles, euAiAct } from '../engine/load.ts';

const questionnaire = euAiAct();
const dir = join(import.meta.dirname, '..', 'acceptance');
const file = (id: string) => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Record<string, unknown>;
const names = { fromBackup: (n: string | null) => `${n ?? 'Unnamed'} (from backup)`, beforeRestore: (n: string | null) => `${n} (before restore)` };
const entries: BackupEntry[] = caseFiles().slice(0, 5).map((f) => ({ id: f.replace('.json', ''), name: null, file: file(f.replace('.json', '')) }));

describe('backup and restore', () => {
  it('round-trips every assessment', () => {
    const parsed = parseBackup(backupFile(entries, '2026-12-01T10:00:00Z'), questionnaire);
    expect(parsed.ok && parsed.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('refuses the whole backup when one assessment in it is bad, naming it', () => {
    const bad = [...entries, { id: 'broken', name: null, file: { ...entries[0]!.file, answers: { 'org.type': 'martian' } } }];
    const parsed = parseBackup(backupFile(bad, ''), questionnaire);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join(' ')).toMatch(/assessment 6 \('broken'\).*org\.type/);
  });

  it('says what a file is when it is not a backup', () => {
    const one = parseBackup(JSON.stringify(entries[0]!.file), questionnaire);
    expect(!one.ok && one.errors[0]).toMatch(/one assessment/);
    expect(parseBackup('%PDF-1.7', questionnaire).ok).toBe(false);
    const twice = parseBackup(backupFile([entries[0]!, entries[0]!], ''), questionnaire);
    expect(!twice.ok && twice.errors[0]).toMatch(/appears twice/);
  });

  it('adds new ids, skips identical ones and keeps both versions of a conflict by default', () => {
    const mine = [entries[0]!, { ...entries[1]!, name: 'Renamed here' }];
    const plan = planRestore(mine, entries);
    expect(plan.map((p) => p.kind)).toEqual(['same', 'conflict', 'new', 'new', 'new']);
    let n = 0;
    const writes = restoreWrites(plan, {}, () => `copy-${++n}`, names);
    expect(writes.map((w) => w.id)).toEqual(['copy-1', entries[2]!.id, entries[3]!.id, entries[4]!.id]);
    expect(writes.some((w) => w.id === entries[1]!.id)).toBe(false);
  });

  it('never drops the user\'s version: taking the backup\'s keeps theirs as a copy', () => {
    const mine = [{ ...entries[1]!, name: 'Renamed here' }];
    const plan = planRestore(mine, [entries[1]!]);
    const writes = restoreWrites(plan, { [entries[1]!.id]: 'take-backup' }, () => 'copy-1', names);
    expect(writes).toEqual([{ ...entries[1]! }, { id: 'copy-1', name: 'Renamed here (before restore)', file: entries[1]!.file }]);
    expect(restoreWrites(plan, { [entries[1]!.id]: 'keep-mine' }, () => 'x', names)).toEqual([]);
  });
});
