import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { withSkippedOptional } from '../../src/engine/journey.ts';
import { acceptanceCases, euAiAct } from './load.ts';

const questionnaire = euAiAct();

describe('worked examples', () => {
  it('are at least 15, cover every outcome and every Annex III area', () => {
    expect(questionnaire.examples.length).toBeGreaterThanOrEqual(15);
    const tiers = new Set(questionnaire.examples.map((e) => e.expected.tier));
    expect([...tiers].sort()).toEqual(['gpai-model', 'high', 'limited', 'minimal', 'not-ai-system', 'out-of-scope', 'unacceptable']);
    const areas = new Set(questionnaire.examples.flatMap((e) => (e.answers['annex3.areas'] as string[] | undefined) ?? []));
    for (const area of ['biometrics', 'critical-infrastructure', 'education', 'employment', 'essential-services', 'law-enforcement', 'migration', 'justice-democracy']) {
      expect(areas, area).toContain(area);
    }
  });

  it.each(questionnaire.examples.map((e) => [e.id, e] as const))('%s gives its stated outcome', (_id, example) => {
    const a = assess(questionnaire, withSkippedOptional(questionnaire, example.answers));
    expect(a.complete).toBe(true);
    expect(a.outcome.tier).toBe(example.expected.tier);
    expect(a.outcome.provisional).toBe(example.expected.provisional ?? false);
  });

  it('include every acceptance case with the same answers', () => {
    for (const c of acceptanceCases()) {
      const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'acceptance', `${c.id}.json`), 'utf8'));
      expect(questionnaire.examples.find((e) => e.id === c.id)?.answers, c.id).toEqual(file.answers);
    }
  });
});
