import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { caseAnswers, euAiAct } from '../engine/load.ts';

const q = euAiAct();
const sheetsOf = (id: string, change: Record<string, string | string[]> = {}) => assess(q, { ...caseAnswers(q, id), ...change }).registration;
const item = (sheet: { items: { id: string; value: string | null; omitted: boolean }[] }, id: string) => sheet.items.find((i) => i.id === id)!;
const provider = { 'role.activities': ['develops'], 'scope.open-source': 'no' };
const derogation = { 'derog.profiling': 'no', 'derog.conditions': ['preparatory'], 'derog.influence': 'no' };

describe('the EU database registration sheets (Annex VIII)', () => {
  it('gives a public deployer Section C, for the public database, filled with its name and the rest to fill', () => {
    const sheets = sheetsOf('p01-school-admission');
    expect(sheets.map((s) => s.section)).toEqual(['C']);
    const c = sheets[0]!;
    expect(c.goes).toBe('public');
    expect(c.goesCites.map((x) => x.cite)).toEqual(['Art 49(3)']);
    expect(item(c, 'c1').value).toBe('Regional Education Authority');
    expect(['c2', 'c3', 'c4', 'c5'].map((id) => item(c, id).value)).toEqual([null, null, null, null]);
  });

  it('sends a public deployer in migration and asylum to the secure non-public section', () => {
    const [c] = sheetsOf('p08-asylum-examination');
    expect(c?.section).toBe('C');
    expect(c?.goes).toBe('secure');
    expect(c?.goesCites.map((x) => x.cite)).toEqual(['Art 49(4)']);
  });

  it('gives a private deployer no sheet', () => {
    expect(sheetsOf('p01-school-admission', { 'org.type': 'private' })).toEqual([]);
  });

  it('gives the provider of a high-risk Annex III system Section A for the public database, filled from its answers', () => {
    const [a, ...rest] = sheetsOf('p07-jobseeker-profiling', provider);
    expect(rest).toEqual([]);
    expect(a?.section).toBe('A');
    expect(a?.goes).toBe('public');
    expect(a?.items.map((i) => i.point)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    const answers = caseAnswers(q, 'p07-jobseeker-profiling');
    expect(item(a!, 'a1').value).toBe(answers['system.organisation']);
    expect(item(a!, 'a4').value).toBe(answers['system.name']);
    expect(item(a!, 'a5').value).toContain(String(answers['system.purpose']));
    expect(item(a!, 'a5').value).toContain('Essential private and public services');
    expect(item(a!, 'a12').omitted).toBe(false);
  });

  it('registers a critical-infrastructure provider nationally', () => {
    const answers = { ...provider, 'annex3.areas': ['critical-infrastructure'], 'annex3.critical-infrastructure': 'yes' };
    const sheets = sheetsOf('p07-jobseeker-profiling', answers);
    expect(sheets.map((s) => [s.section, s.goes])).toEqual([['A', 'national']]);
  });

  it('registers a law-enforcement provider in the secure section, without the instructions for use', () => {
    const [a] = sheetsOf('p08-asylum-examination', provider);
    expect(a?.goes).toBe('secure');
    expect(item(a!, 'a12').omitted).toBe(true);
    expect(item(a!, 'a11').omitted).toBe(false);
  });

  it('gives a provider relying on Article 6(3) Section B as amended, with the condition it relies on', () => {
    const [b, ...rest] = sheetsOf('p02-shift-allocation', { ...provider, ...derogation });
    expect(rest).toEqual([]);
    expect(b?.section).toBe('B');
    expect(b?.goes).toBe('public');
    expect(b?.items.map((i) => i.point)).toEqual(['1', '2', '3', '4', '5', '6', '8']);
    expect(item(b!, 'b6').value).toMatch(/preparatory to an assessment/i);
    expect(item(b!, 'b8').value).toBeNull();
  });

  it('marks the registration provisional when it rests on "I don\'t know", and leaves unknown answers to fill', () => {
    const sheets = sheetsOf('p02-shift-allocation', { ...provider, ...derogation, 'derog.conditions': ['unknown'] });
    const a = sheets.find((s) => s.section === 'A');
    expect(a?.certain).toBe(false);
    const b = sheets.find((s) => s.section === 'B');
    expect(b ? item(b, 'b6').value : null).toBeNull();
  });
});
