import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { caseAnswers, euAiAct } from '../engine/load.ts';

const q = euAiAct();
const annexOf = (id: string, change: Record<string, string | string[]> = {}) => assess(q, { ...caseAnswers(q, id), ...change }).tenderAnnex;
const ids = (id: string, change?: Record<string, string | string[]>) => annexOf(id, change).items.map((i) => i.id);

describe('the tender and contract annex', () => {
  it('asks a public deployer of a high-risk system for the high-risk deliverables, with the high-risk MCC-AI clauses', () => {
    const annex = annexOf('p01-school-admission');
    expect(annex.version).toBe('high-risk');
    expect(annex.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['ta-instructions', 'ta-declaration', 'ta-registration', 'ta-logs', 'ta-fria-information', 'ta-dpia-information', 'ta-incidents']),
    );
    expect(annex.items.map((i) => i.id)).not.toContain('ta-derogation-documentation');
    const logs = annex.items.find((i) => i.id === 'ta-logs')!;
    expect(logs.cites.map((c) => c.cite)).toEqual(['Art 12', 'Art 19', 'Art 26(6)']);
    expect(logs.clauses).toEqual([{ version: 'high-risk', clause: 'Art 5', verified: true }]);
    for (const item of annex.items) expect(item.clauses.every((c) => c.version === 'high-risk')).toBe(true);
  });

  it('leaves out the FRIA information for a private deployer outside credit and insurance', () => {
    expect(ids('p01-school-admission', { 'org.type': 'private' })).not.toContain('ta-fria-information');
  });

  it('gives a deployer of a chatbot only the marking and disclosure requirement, under the light version', () => {
    const annex = annexOf('p03-tax-chatbot');
    expect(annex.version).toBe('light');
    expect(annex.items.map((i) => i.id)).toEqual(['ta-marking']);
    expect(annex.items[0]!.clauses).toEqual([{ version: 'light', clause: 'Art 6', verified: false }]);
  });

  it('asks for nothing for a minimal-risk system', () => {
    expect(ids('p14-library-recommender')).toEqual([]);
  });

  it('asks for the Article 6(4) documentation where the provider claims the exception', () => {
    const answers = { ...caseAnswers(q, 'p02-shift-allocation'), 'derog.profiling': 'no', 'derog.conditions': ['preparatory'], 'derog.influence': 'no' };
    const result = assess(q, answers);
    expect(result.outcome.tier).not.toBe('high');
    expect(result.tenderAnnex.items.map((i) => i.id)).toContain('ta-derogation-documentation');
  });

  it('asks for cooperation under Article 25(2) when the buyer becomes the provider', () => {
    expect(ids('p13-rebranded-system')).toContain('ta-cooperation');
    expect(ids('p01-school-admission')).not.toContain('ta-cooperation');
  });
});
