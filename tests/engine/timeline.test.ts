import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { daysBetween, nextDeadline, timeline } from '../../src/engine/timeline.ts';
import { caseAnswers, euAiAct } from './load.ts';

const questionnaire = euAiAct();

describe('timeline', () => {
  it('counts whole days across a year', () => {
    expect(daysBetween('2026-12-02', '2027-12-02')).toBe(365);
    expect(daysBetween('2026-12-02T23:00:00Z', '2026-12-01')).toBe(-1);
  });

  it('puts what already applies first, then one group per later date, each duty once', () => {
    const assessment = assess(questionnaire, caseAnswers(questionnaire, 'p01-school-admission'));
    const groups = timeline(assessment, '2026-12-01');
    expect(groups[0]!.key).toBe('applies');
    expect(groups[0]!.days).toBeLessThanOrEqual(0);
    const later = groups.slice(1).map((g) => g.key);
    expect(later).toEqual([...later].sort());
    expect(later).toContain('2027-12-02');
    const ids = groups.flatMap((g) => g.entries.map((e) => e.obligationId));
    expect(ids.sort()).toEqual(assessment.obligations.map((o) => o.id).sort());
    const dec2027 = groups.find((g) => g.key === '2027-12-02')!;
    expect(dec2027.days).toBe(366);
    expect(nextDeadline(groups)?.key).toBe(later[0]);
  });

  it('moves a date into "already applies" once the assessment date passes it', () => {
    const assessment = assess(questionnaire, caseAnswers(questionnaire, 'p01-school-admission'));
    const groups = timeline(assessment, '2028-01-01');
    expect(groups.map((g) => g.key)).not.toContain('2027-12-02');
  });
});
