import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { extrasOf, leanOf, withExtras } from '../../src/questionnaire/parts.ts';
import { caseAnswers, euAiAct } from '../engine/load.ts';

const q = euAiAct();

describe('the questionnaire in two parts', () => {
  it('classifies the same on the lean part alone, and fully once joined', () => {
    const answers = caseAnswers(q, 'p01-school-admission');
    const lean = leanOf(q);
    expect(lean.lean).toBe(true);
    expect(assess(lean, answers).outcome.tier).toBe('high');
    expect(assess(lean, answers).obligations).toEqual([]);
    const joined = withExtras(lean, extrasOf(q));
    expect(joined.lean).toBeUndefined();
    expect(assess(joined, answers)).toEqual(assess(q, answers));
  });
});
