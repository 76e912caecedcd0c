import { describe, expect, it } from 'vitest';
import { highRiskPublic, loadMini, minimal, notAi } from '../../tests/fixtures/report-mini.ts';
import { fingerprint, parseAssessmentFile, serializeAssessmentFile } from './assessment-file.ts';
import type { Migration } from './migrations.ts';

const q = loadMini();
const file = (answers: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.0.0' }, answers, ...extra });
const errorsOf = (text: string) => {
  const r = parseAssessmentFile(text, q);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.errors;
};

describe('serialize and parse', () => {
  it('round-trips the answers, in questionnaire order, as pretty JSON', () => {
    const shuffled = Object.fromEntries(Object.entries(highRiskPublic).reverse());
    const text = serializeAssessmentFile(q, shuffled, { savedAt: '2026-11-25T10:00:00.000Z', locale: 'sv' });
    expect(text).toContain('\n  "format": "eu-ai-act-assessment",\n');
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed.answers)).toEqual(q.questions.map((x) => x.id).filter((id) => id in highRiskPublic));
    expect(parsed.meta).toEqual({ locale: 'sv' });
    const back = parseAssessmentFile(text, q);
    expect(back).toMatchObject({ ok: true, answers: highRiskPublic, warnings: [], savedAt: '2026-11-25T10:00:00.000Z', locale: 'sv' });
  });

  it('round-trips the report details, without blank fields, and rejects a bad one by name', () => {
    const details = { organisation: ' Region North ', supplier: 'Acme AB', assessmentDate: '2026-12-01', status: 'final' as const, unit: '' };
    const text = serializeAssessmentFile(q, minimal, { details });
    expect(JSON.parse(text).details).toEqual({ organisation: 'Region North', supplier: 'Acme AB', assessmentDate: '2026-12-01', status: 'final' });
    expect(parseAssessmentFile(text, q)).toMatchObject({ ok: true, details: { organisation: 'Region North', supplier: 'Acme AB', assessmentDate: '2026-12-01', status: 'final' } });
    expect(JSON.parse(serializeAssessmentFile(q, minimal, { details: { unit: ' ' } }))).not.toHaveProperty('details');
    expect(errorsOf(file(minimal, { details: { status: 'done' } }))).toEqual(['details.status: expected "draft" or "final"']);
  });

  it('leaves out answers to questions the questionnaire does not have', () => {
    const text = serializeAssessmentFile(q, { ...minimal, stray: 'x' });
    expect(JSON.parse(text).answers).not.toHaveProperty('stray');
  });
});

describe('a bad file gets a specific message', () => {
  it('names the answer and lists the options', () => {
    expect(errorsOf(file({ 'scope.military': 'maybe' }))).toEqual(['answers.scope.military: "maybe" is not one of its options (yes, no, unknown)']);
  });
  it('points at the line of a JSON syntax error', () => {
    expect(errorsOf('{\n  "format": "eu-ai-act-assessment",\n  "answers": }\n')).toEqual(["not JSON: Unexpected token '}' at line 3, column 14"]);
    expect(errorsOf('')[0]).toMatch(/^not JSON: Unexpected end of file at line 1/);
  });
  it('refuses a newer questionnaire version and another questionnaire', () => {
    expect(errorsOf(file({}, { questionnaire: { id: 'eu-ai-act', version: '2.0.0' } }))).toEqual([
      "this file is for questionnaire version 2.0.0, newer than this tool's 1.0.0",
    ]);
    expect(errorsOf(file({}, { questionnaire: { id: 'other', version: '1.0.0' } }))[0]).toContain("'other'");
  });
  it('names an unknown question id', () => {
    expect(errorsOf(file({ foo: 'yes' }))).toEqual(["unknown question id 'foo'"]);
  });
  it('says what is wrong with the envelope', () => {
    expect(errorsOf(JSON.stringify({ format: 'x', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.0.0' }, answers: {} }))[0]).toMatch(/^format: this is not an assessment file/);
    expect(errorsOf(file({}, { formatVersion: 3 }))[0]).toContain('file format 3, newer than');
    expect(errorsOf('[1, 2]')).toEqual(['the file must hold a JSON object ({ ... })']);
    expect(errorsOf(file({ 'system.name': 42 }))).toEqual(['answers.system.name: expected an option value, a list of option values or a text, not a number']);
    expect(errorsOf(file({ 'role.activities': ['uses', null] }))[0]).toContain('item 2 of the list');
  });
});

describe('hostile content is rejected without crashing', () => {
  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__: this key is not allowed'],
    [file({ constructor: 'x' }), 'answers.constructor: this key is not allowed'],
    [file({ 'system.name': { prototype: 1 } }), 'answers.system.name.prototype: this key is not allowed'],
  ])('prototype keys: %s', (text, message) => {
    expect(errorsOf(text)).toEqual([message]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses more than 1 MB', () => {
    expect(errorsOf(file({ 'system.purpose': 'x'.repeat(1_100_000) }))[0]).toContain('larger than 1 MB');
  });
  it('refuses deep nesting', () => {
    expect(errorsOf('['.repeat(100_000) + ']'.repeat(100_000))[0]).toContain('nested more than');
    expect(errorsOf(file({ a: [[[[[[[[1]]]]]]]] }))[0]).toContain('nested more than');
  });
  it('refuses texts over 20,000 characters', () => {
    expect(errorsOf(file({ 'system.purpose': 'x'.repeat(20_001) }))).toEqual(['answers.system.purpose: the text is longer than 20,000 characters']);
  });
  it('keeps the list of problems short for a file full of them', () => {
    const many = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`q${i}`, 'x']));
    const errors = errorsOf(file(many));
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)).toBe('… and 49980 more problems');
  });
  it('survives random garbage', () => {
    for (const text of ['null', '"x"', '42', '{', '{"a":', '\u0000', 'ÿ'.repeat(50), '{"answers": {"a": "\\ud800"}}']) {
      const r = parseAssessmentFile(text, q);
      expect(r.ok).toBe(false);
    }
  });
});

describe('older questionnaire versions', () => {
  const steps: Migration[] = [
    { from: '0.8.0', to: '0.9.0', renamedQuestions: { 'scope.army': 'scope.military' }, removedQuestions: ['old.question'] },
    { from: '0.9.0', to: '1.0.0', renamedOptions: { 'uses.areas': { schools: 'education' } }, changedQuestions: ['uses.chatbot'] },
  ];
  const old = file({ ...minimal, 'scope.army': 'no', 'old.question': 'yes', 'uses.areas': ['schools'], 'scope.military': undefined }, { questionnaire: { id: 'eu-ai-act', version: '0.8.0' } });

  it('renames ids and values and names the answers to review', () => {
    const r = parseAssessmentFile(old, q, { migrations: steps });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.migratedFrom).toBe('0.8.0');
    expect(r.answers['scope.military']).toBe('no');
    expect(r.answers['uses.areas']).toEqual(['education']);
    expect(r.answers).not.toHaveProperty('old.question');
    expect(r.warnings.join('\n')).toContain("'old.question' was removed");
    expect(r.warnings.join('\n')).toContain('"In which areas is it used?" (uses.areas)');
    expect(r.warnings.join('\n')).toContain('"Does it talk with people?" (uses.chatbot)');
  });

  it('keeps going with a warning when a step is missing, dropping answers that no longer fit', () => {
    const r = parseAssessmentFile(old, q, { migrations: [] });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.warnings.join('\n')).toContain('no migration is recorded from questionnaire version 0.8.0');
    expect(r.warnings.join('\n')).toContain('answers.uses.areas: "schools" is not one of its options');
    expect(r.answers).not.toHaveProperty('uses.areas');
  });
});

describe('fingerprint', () => {
  it('is a SHA-256 hex that depends only on the answers that count', async () => {
    const a = await fingerprint(q, highRiskPublic);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint(q, Object.fromEntries(Object.entries(highRiskPublic).reverse()))).toBe(a);
    expect(await fingerprint(q, { ...highRiskPublic, stray: 'x' })).toBe(a);
    expect(await fingerprint(q, { ...highRiskPublic, 'uses.chatbot': 'no' })).not.toBe(a);
    // An answer behind an early exit does not count.
    expect(await fingerprint(q, { ...notAi, 'uses.chatbot': 'yes' })).toBe(await fingerprint(q, notAi));
  });
});

describe('never crashes (property)', () => {
  it('on any text, any JSON and any answers object', async () => {
    const fc = await import('fast-check');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => typeof parseAssessmentFile(text, q).ok === 'boolean'), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (value) => typeof parseAssessmentFile(JSON.stringify(value) ?? '', q).ok === 'boolean'), { numRuns: 300 });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...q.questions.map((x) => x.id), '__proto__', 'x'), fc.jsonValue()), (answers) => {
        const r = parseAssessmentFile(file(answers), q);
        return r.ok ? Object.values(r.answers).every((v) => typeof v === 'string' || Array.isArray(v)) : r.errors.length > 0;
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
