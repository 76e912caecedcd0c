// @vitest-environment node
/** Answers saved with questionnaire 1.0.0 open in 1.1.0: what still fits is kept, the organisation type is asked again. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { euAiAct } from '../engine/load.ts';

const questionnaire = euAiAct();
const acceptance = (id: string) => readFileSync(join(import.meta.dirname, '..', 'acceptance', `${id}.json`), 'utf8');

function asVersion100(answers: Record<string, unknown>) {
  return JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.0.0' }, answers });
}

describe('migration from questionnaire 1.0.0 to 1.1.0', () => {
  it('is the version this tool reads', () => {
    expect(questionnaire.version).toBe('1.1.0');
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
