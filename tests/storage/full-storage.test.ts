// @vitest-environment node
/** Full storage: what was saved is still listed and offered; only new writes fail (issue point 2). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootWizard } from '../../src/app/boot.ts';
import { storageStatus } from '../../src/storage/browser-storage.ts';
import { listSaved, loadCurrent, removeSaved, saveWork } from '../../src/storage/saved-assessments.ts';
import { FakeStorage } from '../../src/testing/fake-storage.ts';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';

const q = loadFixture('wizard-small');
let storage: FakeStorage;

beforeEach(() => {
  storage = new FakeStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  saveWork(q, { id: 'a', answers: smallAnswers.high });
  saveWork(q, { id: 'b', answers: smallAnswers.minimal });
  storage.mode = 'full';
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('storage that is full', () => {
  it('says it is full but still lists every saved assessment', () => {
    expect(storageStatus()).toBe('full');
    expect(listSaved(q).entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('still offers the assessment that was open', () => {
    expect(loadCurrent(q)?.work).toEqual({ id: 'b', answers: smallAnswers.minimal });
    const actor = bootWizard(q, '');
    expect(actor.getSnapshot().context.work).toEqual({ id: 'b', answers: smallAnswers.minimal });
    expect(actor.getSnapshot().context.storage).toBe('full');
    actor.stop();
  });

  it('lets the user delete what they see, so there is room again', () => {
    removeSaved('a');
    expect(listSaved(q).entries.map((e) => e.id)).toEqual(['b']);
  });
});
