import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { acceptanceCases, caseAnswers, caseFiles, euAiAct } from './load.ts';

const questionnaire = euAiAct();
const cases = acceptanceCases();

describe('acceptance cases', () => {
  it('has an answers file for every expected case and no stray files', () => {
    expect(caseFiles().map((f) => f.replace(/\.json$/, '')).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it.each(cases)('$id is $tier', (expected) => {
    const a = assess(questionnaire, caseAnswers(questionnaire, expected.id));
    expect(a.complete).toBe(true);
    expect(a.outcome.tier).toBe(expected.tier);
    expect(a.outcome.provisional).toBe(expected.provisional ?? false);
    const refs = a.routes.map((c) => c.ref);
    for (const route of expected.routes ?? []) expect(refs).toContain(route);
    const tracks = [...a.tracks.transparency, ...a.tracks.gpai].map((t) => t.id);
    for (const track of expected.tracks ?? []) expect(tracks).toContain(track);
    for (const track of expected.notTracks ?? []) expect(tracks).not.toContain(track);
    if (expected.roles) expect(a.roles.map((r) => r.role).sort()).toEqual([...expected.roles].sort());
    const obligations = a.obligations.map((o) => o.id);
    if (expected.fria !== undefined) expect(obligations.includes('fria-contents')).toBe(expected.fria);
    for (const id of expected.obligations ?? []) expect(obligations).toContain(id);
    for (const id of expected.absent ?? []) expect(obligations).not.toContain(id);
    for (const id of expected.uncertain ?? []) expect(a.uncertainties.map((u) => u.questionId)).toContain(id);
    for (const id of expected.decidedBy ?? []) expect(a.outcome.decidedBy.map((r) => r.id)).toContain(id);
    for (const [id, date] of Object.entries(expected.appliesFrom ?? {})) {
      expect(a.obligations.find((o) => o.id === id)?.appliesFrom.date).toBe(date);
    }
    // Every outcome carries its reasons with citations.
    if (a.outcome.tier !== 'minimal') expect(a.outcome.decidedBy.length).toBeGreaterThan(0);
    for (const rule of a.rules) expect(rule.cites.length).toBeGreaterThan(0);
  });

  it('p18 says the Article 6(3) exception cannot be relied on while profiling is unknown', () => {
    const a = assess(questionnaire, caseAnswers(questionnaire, 'p18-narrow-task-no-profiling-unknown'));
    expect(a.outcome.decidedBy.map((r) => r.id)).toEqual(['hr-6-2']);
    expect(a.outcome.decidedBy[0]!.certain).toBe(false);
    expect(a.rules.map((r) => r.id)).not.toContain('derog-6-3');
    const profiling = a.uncertainties.find((u) => u.questionId === 'derog.profiling')!;
    expect(profiling.findOut).toMatch(/profil/i);
    expect(profiling.whoKnows).toEqual(['supplier', 'dpo']);
    expect(profiling.affects).toContain('hr-6-2');
    const ifNoProfiling = a.whatWouldChange.find((c) => c.questionId === 'derog.profiling' && c.ifAnswer[0] === 'No');
    expect(ifNoProfiling?.tier).toBe('minimal');
  });

  it('p12 keeps the original Annex I date beside the amended one', () => {
    const a = assess(questionnaire, caseAnswers(questionnaire, 'p12-lift-safety'));
    const rms = a.obligations.find((o) => o.id === 'oblig-provider-rms')!;
    expect(rms.appliesFrom).toMatchObject({ date: '2028-08-02', was: '2027-08-02' });
  });
});
