// @vitest-environment node
/** Two tabs on one assessment never overwrite each other silently (issue point 3). Each tab is its own module instance. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '../../src/testing/fake-storage.ts';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';

const q = loadFixture('wizard-small');
type Tab = typeof import('../../src/storage/saved-assessments.ts') & { conflict: typeof import('../../src/storage/tab-conflict.ts') };

async function openTab(): Promise<Tab> {
  vi.resetModules();
  const saved = await import('../../src/storage/saved-assessments.ts');
  const conflict = await import('../../src/storage/tab-conflict.ts');
  return { ...saved, conflict };
}

/** Saved once, then opened in two tabs A and B, each showing the same answers. */
async function twoTabsOnOneAssessment(): Promise<{ a: Tab; b: Tab }> {
  const first = await openTab();
  first.saveWork(q, { id: 'x', answers: smallAnswers.minimal });
  const a = await openTab();
  expect(a.loadCurrent(q)?.work.id).toBe('x');
  const b = await openTab();
  expect(b.loadCurrent(q)?.work.id).toBe('x');
  return { a, b };
}

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: new FakeStorage(), configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('two tabs on one assessment', () => {
  it('keeps a revision in the saved entry', async () => {
    const a = await openTab();
    a.saveWork(q, { id: 'x', answers: smallAnswers.minimal });
    a.saveWork(q, { id: 'x', answers: smallAnswers.limited });
    expect(a.loadSaved(q, 'x')).toMatchObject({ ok: true, entry: { revision: 2 } });
  });

  it('does not save over the other tab’s newer answers, and reports the conflict', async () => {
    const { a, b } = await twoTabsOnOneAssessment();

    expect(a.saveWork(q, { id: 'x', answers: smallAnswers.high })).toBe('ok');
    expect(a.conflict.currentConflict()).toBeNull();

    // Tab B still shows the old answers and changes one: it must not overwrite tab A's.
    b.saveWork(q, { id: 'x', answers: smallAnswers.limited });
    expect(b.conflict.currentConflict()).toBe('x');
    expect(b.loadSaved(q, 'x')).toMatchObject({ ok: true, entry: { answers: smallAnswers.high } });
    // Later saves wait too, until the user chooses.
    b.saveWork(q, { id: 'x', answers: smallAnswers.outOfScope });
    expect(b.loadSaved(q, 'x')).toMatchObject({ ok: true, entry: { answers: smallAnswers.high } });
  });

  it('notices the other tab’s save from its storage event, before this tab saves', async () => {
    const { a, b } = await twoTabsOnOneAssessment();
    a.saveWork(q, { id: 'x', answers: smallAnswers.high });
    b.otherTabSaved(q, { id: 'x', answers: smallAnswers.minimal });
    expect(b.conflict.currentConflict()).toBe('x');
  });

  it('after "load the other version" the tab saves normally again', async () => {
    const { a, b } = await twoTabsOnOneAssessment();
    a.saveWork(q, { id: 'x', answers: smallAnswers.high });
    b.saveWork(q, { id: 'x', answers: smallAnswers.limited });
    expect(b.conflict.currentConflict()).toBe('x');
    const theirs = b.openSaved(q, 'x');
    expect(theirs).toMatchObject({ ok: true, entry: { answers: smallAnswers.high } });
    expect(b.conflict.currentConflict()).toBeNull();
    b.saveWork(q, { id: 'x', answers: { ...smallAnswers.high, 'system.name': 'Changed in B' } });
    expect(b.loadSaved(q, 'x')).toMatchObject({ ok: true, entry: { answers: { 'system.name': 'Changed in B' } } });
  });

  it('a rename in the other tab is no conflict', async () => {
    const { a, b } = await twoTabsOnOneAssessment();
    a.renameSaved(q, 'x', 'Renamed');
    b.saveWork(q, { id: 'x', answers: smallAnswers.limited });
    expect(b.conflict.currentConflict()).toBeNull();
    expect(b.loadSaved(q, 'x')).toMatchObject({ ok: true, entry: { name: 'Renamed', answers: smallAnswers.limited } });
  });
});
