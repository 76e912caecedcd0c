// @vitest-environment node
/**
 * Answers saved with an older questionnaire open in the current one (1.2.0): what still fits is kept,
 * changed questions are named to check, and new questions that are on the route are named to answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { route } from '../../src/engine/journey.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { migrateAnswers, MIGRATIONS } from '../../src/storage/migrations.ts';
import { euAiAct } from '../engine/load.ts';

const questionnaire = euAiAct();
const acceptance = (id: string) => readFileSync(join(import.meta.dirname, '..', 'acceptance', `${id}.json`), 'utf8');

function asVersion(version: string, answers: Record<string, unknown>) {
  return JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version }, answers });
}
const asVersion100 = (answers: Record<string, unknown>) => asVersion('1.0.0', answers);
const legal = (id: string) => JSON.parse(readFileSync(join(import.meta.dirname, `${id}.json`), 'utf8')).answers as Record<string, unknown>;
const without = (answers: Record<string, unknown>, ...ids: string[]) => Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
const toAnswer = (warnings: string[]) => warnings.filter((w) => w.startsWith('answer the new question')).map((w) => /\(([\w.-]+)\), added in/.exec(w)?.[1]);

describe('migration from questionnaire 1.0.0 to 1.1.0', () => {
  it('is followed by the step to 1.2.0, the version this tool reads', () => {
    expect(questionnaire.version).toBe('1.2.0');
    expect(MIGRATIONS['eu-ai-act']!.map((m) => `${m.from} → ${m.to}`)).toEqual(['1.0.0 → 1.1.0', '1.1.0 → 1.2.0']);
  });

  it.each([['public-body'], ['private-public-service']])('opens a 1.0.0 file with org.type %s, keeps the answers and lists the question to answer again', (orgType) => {
    const answers = { 'system.name': 'Benefit checker', 'org.type': orgType, 'subject.kind': 'ai-system', 'ai.infers': 'machine-learning', 'role.activities': ['uses'] };
    const parsed = parseAssessmentFile(asVersion100(answers), questionnaire);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe('1.0.0');
    expect(parsed.answers).toMatchObject(answers);
    expect(parsed.warnings.filter((w) => w.includes('(org.type)'))).toHaveLength(1);
    expect(parsed.warnings.join('\n')).toContain('check your answer to "What kind of organisation is yours?" (org.type)');
    expect(parsed.warnings.join('\n')).not.toContain('no migration is recorded');
  });

  it('asks again only about the questions whose meaning changed (here the organisation type and the Article 5 screen)', () => {
    const answers = JSON.parse(acceptance('p02-shift-allocation')).answers as Record<string, unknown>;
    const parsed = parseAssessmentFile(asVersion100(answers), questionnaire);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.answers).toMatchObject(answers);
    const asked = parsed.warnings.filter((w) => w.startsWith('check your answer'));
    // Of the changed questions (migrations.ts) this file answers art5.screen and org.type; its other
    // answers, derog.profiling among them, are kept without being asked again.
    expect(asked.map((w) => /" \(([\w.-]+)\)/.exec(w)?.[1]).sort()).toEqual(['art5.screen', 'org.type']);
  });
});

describe('migration from questionnaire 1.1.0 to 1.2.0', () => {
  it('keeps every 1.1.0 answer as it is: nothing was renamed, removed or changed in meaning', () => {
    const answers = JSON.parse(acceptance('p02-shift-allocation')).answers as Record<string, unknown>;
    const migrated = migrateAnswers(answers, '1.1.0', '1.2.0', MIGRATIONS['eu-ai-act']!);
    expect(migrated.answers).toEqual(answers);
    expect(migrated.review).toEqual([]);
    expect(migrated.warnings).toEqual([]);
  });

  it('opens a high-risk deployer\'s 1.1.0 file and names the new real-world testing question to answer', () => {
    const answers = without(legal('17-03-high-public-deployer-fria'), 'deploy.real-world-test');
    const parsed = parseAssessmentFile(asVersion('1.1.0', answers), questionnaire);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe('1.1.0');
    expect(parsed.answers).toMatchObject(answers);
    expect(parsed.warnings.filter((w) => w.startsWith('check your answer'))).toEqual([]);
    expect(toAnswer(parsed.warnings)).toEqual(['deploy.real-world-test']);
    expect(parsed.warnings.join('\n')).toContain('answer the new question "Does your organisation take part in a provider\'s test of this system in real-world conditions?" (deploy.real-world-test), added in version 1.2.0');
    expect(route(questionnaire, parsed.answers).current).toBe('deploy.real-world-test');
  });

  it('names the narrowing question only for a file whose Annex III areas were "I don\'t know"', () => {
    const unknownAreas = without(legal('11-02-areas-unknown-narrowing-unknown'), 'annex3.narrowing', 'deploy.real-world-test');
    const parsed = parseAssessmentFile(asVersion('1.1.0', unknownAreas), questionnaire);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    // Which area questions apply, and so whether the deployer question does, follows from the narrowing answer.
    expect(toAnswer(parsed.warnings)).toEqual(['annex3.narrowing']);
    expect(route(questionnaire, parsed.answers).current).toBe('annex3.narrowing');
    // The area answers given under 1.1.0 are kept: answering "I don't know" again opens them all.
    expect(route(questionnaire, { ...parsed.answers, 'annex3.narrowing': ['unknown'] }).current).toBe('deploy.real-world-test');

    const knownAreas = parseAssessmentFile(asVersion('1.1.0', JSON.parse(acceptance('p14-library-recommender')).answers), questionnaire);
    if (!knownAreas.ok) throw new Error(knownAreas.errors.join('; '));
    expect(toAnswer(knownAreas.warnings)).toEqual([]);
    expect(route(questionnaire, knownAreas.answers).current).toBeNull();
  });

  it('carries a 1.0.0 file through both steps', () => {
    const { 'art5.rbi-objective': objective, 'art5.rbi-safeguards': _s, ...rest } = without(legal('02-02-rbi-safeguards-not-yet'), 'deploy.real-world-test');
    const parsed = parseAssessmentFile(asVersion100({ ...rest, 'art5.rbi-exception': objective }), questionnaire);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.migratedFrom).toBe('1.0.0');
    expect(parsed.answers['art5.rbi-objective']).toBe('yes');
    expect(parsed.warnings.join('\n')).not.toContain('no migration is recorded');
    expect(parsed.warnings.some((w) => w.includes('(art5.rbi-objective)'))).toBe(true);
    // The safeguards question (new in 1.1.0) comes first on the route; the 1.2.0 question follows it.
    expect(route(questionnaire, parsed.answers).current).toBe('art5.rbi-safeguards');
    expect(route(questionnaire, { ...parsed.answers, 'art5.rbi-safeguards': 'in-place' }).current).toBe('deploy.real-world-test');
  });
});
