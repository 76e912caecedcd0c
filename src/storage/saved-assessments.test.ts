import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStorage } from '../testing/fake-storage.ts';
import { loadFixture } from '../testing/load-fixture.ts';
import { smallAnswers } from '../testing/fixture-answers.ts';
import { PREFIX, storageStatus } from './browser-storage.ts';
import { duplicateSaved, listSaved, loadCurrent, removeSaved, renameSaved, saveWork } from './saved-assessments.ts';

const q = loadFixture('wizard-small');
let storage: FakeStorage;

beforeEach(() => {
  storage = new FakeStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('saved assessments', () => {
  it('autosaves the work and offers it again on return', () => {
    expect(saveWork(q, { id: 'a', answers: smallAnswers.high })).toBe('ok');
    expect(loadCurrent(q)).toEqual({ work: { id: 'a', answers: smallAnswers.high }, warnings: [] });
  });

  it('keeps the report details with the answers, through autosave, rename and duplicate', () => {
    const details = { organisation: 'Region North', status: 'draft' as const };
    saveWork(q, { id: 'a', answers: smallAnswers.high });
    expect(saveWork(q, { id: 'a', answers: smallAnswers.high, details })).toBe('ok');
    expect(loadCurrent(q)?.work).toEqual({ id: 'a', answers: smallAnswers.high, details });
    renameSaved(q, 'a', 'Pupils');
    duplicateSaved(q, 'a', 'b', 'Copy');
    expect(listSaved(q).entries.map((e) => [e.id, e.name, e.details])).toEqual(expect.arrayContaining([['a', 'Pupils', details], ['b', 'Copy', details]]));
  });

  it('remembers which assessment is open without touching an unchanged entry', () => {
    saveWork(q, { id: 'a', answers: smallAnswers.high });
    saveWork(q, { id: 'b', answers: smallAnswers.minimal });
    const before = storage.getItem(`${PREFIX}assessment/a`);
    expect(saveWork(q, { id: 'a', answers: smallAnswers.high })).toBe('ok');
    expect(storage.getItem(`${PREFIX}assessment/a`)).toBe(before);
    expect(loadCurrent(q)?.work.id).toBe('a');
  });

  it('stores the storage schema version and the questionnaire version with each entry', () => {
    saveWork(q, { id: 'a', answers: smallAnswers.high });
    const stored = JSON.parse(storage.getItem(`${PREFIX}assessment/a`)!);
    expect(stored.schemaVersion).toBe(1);
    expect(stored.file.questionnaire).toEqual({ id: 'wizard-small', version: '1.0.0' });
  });

  it('renames, duplicates and deletes', () => {
    saveWork(q, { id: 'a', answers: smallAnswers.high });
    renameSaved(q, 'a', 'School pilot');
    duplicateSaved(q, 'a', 'b', 'Copy of School pilot');
    expect(listSaved(q).entries.map((e) => e.name).sort()).toEqual(['Copy of School pilot', 'School pilot']);
    saveWork(q, { id: 'a', answers: smallAnswers.minimal });
    expect(listSaved(q).entries.find((e) => e.id === 'a')?.name).toBe('School pilot');
    removeSaved('a');
    expect(listSaved(q).entries.map((e) => e.id)).toEqual(['b']);
    expect(loadCurrent(q)).toBeNull();
  });

  it('reports a damaged entry instead of throwing it away', () => {
    saveWork(q, { id: 'a', answers: smallAnswers.high });
    storage.setItem(`${PREFIX}assessment/bad`, '{"schemaVersion":1,"id":');
    const { entries, damaged } = listSaved(q);
    expect(entries).toHaveLength(1);
    expect(damaged).toEqual([{ key: 'assessment/bad', raw: '{"schemaVersion":1,"id":', reason: 'not readable' }]);
    expect(storage.getItem(`${PREFIX}assessment/bad`)).not.toBeNull();
  });

  it('says when storage is full, and when it is disabled, without throwing', () => {
    storage.mode = 'full';
    expect(saveWork(q, { id: 'a', answers: smallAnswers.high })).toBe('full');
    storage.mode = 'disabled';
    expect(storageStatus()).toBe('unavailable');
    expect(saveWork(q, { id: 'a', answers: smallAnswers.high })).toBe('unavailable');
    expect(listSaved(q)).toEqual({ entries: [], damaged: [] });
    expect(loadCurrent(q)).toBeNull();
  });
});
