import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStorage } from '../../src/testing/fake-storage.ts';
import { keepVersion, listSaved, renameSaved, saveWork, savedVersions } from '../../src/storage/saved-assessments.ts';
import { mergeAnswers } from '../../src/engine/compare-answers.ts';
import { euAiAct } from '../engine/load.ts';
import { buyerAnswers, supplierAnswers } from './buyer.ts';

const q = euAiAct();
const buyer = buyerAnswers(q);

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: new FakeStorage(), configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('earlier versions of a saved assessment', () => {
  it('keeps the answers before a reply was accepted, through later saves and a rename', () => {
    saveWork(q, { id: 'a', answers: buyer });
    expect(savedVersions(q, 'a')).toEqual([]);
    expect(keepVersion(q, { id: 'a', answers: buyer }, 'before the reply of MedTech AB', '2026-12-01T10:00:00.000Z')).toBe('ok');
    const merged = mergeAnswers(buyer, supplierAnswers, Object.keys(supplierAnswers));
    saveWork(q, { id: 'a', answers: merged });
    renameSaved(q, 'a', 'Reading suggestions');
    expect(listSaved(q).entries.map((e) => [e.name, e.answers['annex1.component']])).toEqual([['Reading suggestions', 'safety-component']]);
    expect(savedVersions(q, 'a')).toEqual([{ savedAt: '2026-12-01T10:00:00.000Z', note: 'before the reply of MedTech AB', answers: buyer }]);
  });
});
