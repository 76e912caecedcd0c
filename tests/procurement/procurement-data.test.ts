import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import { leanOf } from '../../src/questionnaire/parts.ts';
import { euAiAct } from '../engine/load.ts';

const source = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');

/** A copy of the real questionnaire with one file changed. */
function broken(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'questionnaire-'));
  cpSync(source, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const result = loadQuestionnaireFolder(dir, dir);
  return result.ok ? '' : result.errors.join('\n');
}

describe('the procurement data', () => {
  const q = euAiAct();

  it('every tender requirement and every registration point cites the law', () => {
    expect(q.tenderAnnex.length).toBeGreaterThan(0);
    for (const item of q.tenderAnnex) expect(item.cites.length, item.id).toBeGreaterThan(0);
    expect(q.registration.map((s) => s.section)).toEqual(['A', 'B', 'C']);
    for (const sheet of q.registration) for (const e of sheet.entries) expect(e.cites[0]?.cite, e.id).toMatch(new RegExp(`^Annex VIII Section ${sheet.section} point ${e.point}$`));
  });

  it('keeps Section B as amended: points 7 and 9 are gone', () => {
    expect(q.registration.find((s) => s.section === 'B')!.entries.map((e) => e.point)).toEqual(['1', '2', '3', '4', '5', '6', '8']);
  });

  it('stays out of the start page\'s lean part', () => {
    const lean = leanOf(q);
    expect(lean.tenderAnnex).toEqual([]);
    expect(lean.registration).toEqual([]);
  });

  it('names the file and the item when a condition, an obligation or a question is wrong', () => {
    expect(broken('procurement/tender-annex.yaml', (t) => t.replace('{ all: [{ tier: high }, { role: deployer }] }', '{ all: [{ tier: high }, { role: buyer }] }'))).toMatch(/tender annex item "ta-instructions": unknown role "buyer"/);
    expect(broken('procurement/tender-annex.yaml', (t) => t.replace('clause: Art 5,', 'clause: five,'))).toMatch(/procurement\/tender-annex\.yaml: tenderAnnex item 4 \(id ta-logs\) › mcc\[0\]\.clause: write the clause as "Art 4"/);
    expect(broken('registration/annex-viii.yaml', (t) => t.replace('obligation: oblig-deployer-public-register, goes', 'obligation: oblig-deployer-registers, goes'))).toMatch(/registration sheet "annex8-c": unknown obligation "oblig-deployer-registers"/);
    expect(broken('registration/annex-viii.yaml', (t) => t.replace('from: [{ q: system.name }] }', 'from: [{ q: system.title }] }'))).toMatch(/registration sheet "annex8-a" entry "a4": unknown question "system.title"/);
  });
});
