import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntries, reassessDiff } from '../../src/register/reassess.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { euAiAct } from '../engine/load.ts';

const root = join(import.meta.dirname, '..', '..');
const old = JSON.parse(readFileSync(join(root, 'questionnaires/history/eu-ai-act/1.0.0.json'), 'utf8')) as Questionnaire;
/** Files as they were saved under questionnaire 1.0.0. */
const saved = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as Record<string, unknown>;
const p01 = saved('p01-saved-1.0.0.json');
const p12 = saved('p12-saved-1.0.0.json');

describe('re-assessment under a newer questionnaire version', () => {
  it('keeps a snapshot of questionnaire 1.0.0 that the engine can run', () => {
    expect(old.version).toBe('1.0.0');
    const diff = reassessDiff({ ...p01, questionnaire: { id: 'eu-ai-act', version: '1.0.0' } }, old, old);
    expect('error' in diff).toBe(false);
    if ('error' in diff) return;
    expect(diff.before).toEqual(diff.after);
    expect(diff.added).toEqual([]);
  });

  it('shows tier, obligations added and removed, dates moved and what to answer again, from both versions', () => {
    const current = euAiAct();
    const diff = reassessDiff({ ...p01, questionnaire: { id: 'eu-ai-act', version: '1.0.0' } }, old, current, readChangelog());
    if ('error' in diff) throw new Error(diff.error);
    expect(diff.fromVersion).toBe('1.0.0');
    expect(diff.toVersion).toBe(current.version);
    expect(diff.before.tier).toBe('high');
    expect(current.version).not.toBe('1.0.0');
    expect(diff.changes.map((c) => c.version)).toEqual([current.version, '1.1.0']);
    // 1.1.0 asks new questions of a deployer (workplace use, personal data): they are listed to answer again.
    expect(diff.answerAgain.length).toBeGreaterThan(0);
    expect(diff.answers).not.toHaveProperty('art5.rbi-exception');
    // Every obligation of the new result is either kept (same id) or listed as added.
    const listed = new Set(diff.added.map((a) => a.id));
    expect(diff.removed.every((r) => !listed.has(r.id))).toBe(true);
  });

  it('moves an Annex I system already on the market to 2 August 2028 under 1.1.0', () => {
    const current = euAiAct();
    const diff = reassessDiff(p12, old, current, '');
    if ('error' in diff) throw new Error(diff.error);
    expect(diff.before.tier).toBe('high');
    const moved = diff.moved.filter((m) => m.to === '2028-08-02');
    expect(moved.length + diff.added.length).toBeGreaterThan(0);
  });

  it('moves a date and adds a duty when the newer version says so', () => {
    const current = structuredClone(old);
    current.version = '1.1.0';
    const date = current.dates.find((d) => d.id === 'high-risk')!;
    date.date = '2028-02-02';
    current.obligations.push({ ...current.obligations.find((o) => o.id === 'oblig-deployer-monitor')!, id: 'oblig-new-duty', title: 'A new duty' });
    const diff = reassessDiff({ ...p01, questionnaire: { id: 'eu-ai-act', version: '1.0.0' } }, old, current, '## 1.1.0\n- Moved the high-risk date.\n\n## 1.0.0\n- First.\n');
    if ('error' in diff) throw new Error(diff.error);
    expect(diff.added.map((a) => a.id)).toContain('oblig-new-duty');
    expect(diff.moved.length).toBeGreaterThan(0);
    expect(diff.moved[0]!.to).toBe('2028-02-02');
    expect(diff.changes).toEqual([{ version: '1.1.0', lines: ['Moved the high-risk date.'] }]);
  });

  it('reads a changelog\'s sections and bullets', () => {
    expect(changelogEntries('# Changelog\n\n## 1.1.0\n### Results\n- One\n  continued\n* Two\n## 1.0.0\n- First')).toEqual([
      { version: '1.1.0', lines: ['Results', 'One continued', 'Two'] },
      { version: '1.0.0', lines: ['First'] },
    ]);
  });
});

function readChangelog(): string {
  try {
    return readFileSync(join(root, 'questionnaires/eu-ai-act/CHANGELOG.md'), 'utf8');
  } catch {
    return '';
  }
}
