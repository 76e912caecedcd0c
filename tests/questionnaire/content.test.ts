import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import { isChoice } from '../../src/questionnaire/kinds.ts';
import { euAiAct } from '../engine/load.ts';

const source = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');

/** A copy of the real questionnaire with one file changed. */
function broken(file: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'questionnaire-'));
  cpSync(source, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  const result = loadQuestionnaireFolder(dir, dir);
  return result.ok ? [] : result.errors;
}

describe('the EU AI Act questionnaire', () => {
  const q = euAiAct();

  it('is valid: schema, ids, references, stages and order', () => {
    expect(q.questions.length).toBeGreaterThan(50);
    expect(q.lawAsOf).toBe('2026-11-25');
    expect(q.amendments.map((a) => a.act)).toContain('Regulation (EU) 2026/1744');
  });

  it('gives every question a reason, and every legal question a citation and help or options', () => {
    for (const question of q.questions) {
      expect(question.why.length, question.id).toBeGreaterThan(20);
      if (isChoice(question)) expect(question.cites.length, question.id).toBeGreaterThan(0);
    }
  });

  it('offers "I don\'t know" with something to find out wherever a fact may be unknown', () => {
    const withUnknown = q.questions.filter((x) => isChoice(x) && x.unknown);
    expect(withUnknown.length).toBeGreaterThan(35);
    for (const question of withUnknown) expect(isChoice(question) && question.unknown!.findOut.length).toBeGreaterThan(20);
  });

  it('cites every rule and obligation and dates each from a known date', () => {
    const dates = new Set(q.dates.map((d) => d.id));
    for (const item of [...q.rules, ...q.obligations]) {
      expect(item.cites.length, item.id).toBeGreaterThan(0);
      expect(dates.has(item.appliesFrom), item.id).toBe(true);
    }
  });

  it('keeps the original date beside every date the amendment moved', () => {
    const highRisk = q.dates.find((d) => d.id === 'high-risk')!;
    expect(highRisk).toMatchObject({ date: '2027-12-02', was: '2026-08-02' });
    expect(q.dates.find((d) => d.id === 'annex-i')).toMatchObject({ date: '2028-08-02', was: '2027-08-02' });
    expect(q.dates.find((d) => d.id === 'new-prohibitions')?.date).toBe('2026-12-02');
  });
});

describe('a malformed questionnaire fails loudly with file, item and reason', () => {
  it('names an unknown operator', () => {
    const errors = broken('questions/04-scope.yaml', (t) => t.replace("showIf: { q: scope.military, isOneOf: ['no', unknown] }", "showIf: { q: scope.military, isOnOf: ['no', unknown] }"));
    expect(errors.join('\n')).toMatch(/04-scope\.yaml: questions item 2 \(id scope\.research\) › showIf: unknown condition/);
  });

  it('names a dangling question id', () => {
    const errors = broken('rules/01-exits.yaml', (t) => t.replace('{ q: scope.military, is:', '{ q: scope.militari, is:'));
    expect(errors).toContain('rule "scope-excl-military": unknown question "scope.militari"');
  });

  it('names an answer value the question does not offer', () => {
    const errors = broken('rules/01-exits.yaml', (t) => t.replace("{ q: scope.research, is: 'yes' }", "{ q: scope.research, is: 'maybe' }"));
    expect(errors).toContain('rule "scope-excl-scientific-rd": "maybe" is not an answer of question "scope.research"');
  });

  it('rejects a question that depends on a later one (which could make a cycle)', () => {
    const errors = broken('questions/04-scope.yaml', (t) => t.replace("showIf: { q: scope.military, isOneOf: ['no', unknown] }", "showIf: { q: scope.personal, is: 'no' }"));
    expect(errors.join('\n')).toMatch(/scope\.research" showIf: reads question "scope\.personal", which is not asked before it/);
  });

  it('rejects rules that refer to each other in a circle', () => {
    const errors = broken('rules/03-high-risk.yaml', (t) => t.replace("when: { all: [{ fact: annex3.listed }, { fact: derog.applies }] }", "when: { all: [{ rule: hr-6-2 }, { fact: derog.applies }] }").replace("when: { all: [{ fact: annex3.listed }, { not: { fact: derog.applies } }] }", "when: { all: [{ fact: annex3.listed }, { not: { rule: derog-6-3 } }] }"));
    expect(errors.join('\n')).toMatch(/rules refer to each other in a circle: .*hr-6-2.*derog-6-3|derog-6-3.*hr-6-2/);
  });

  it('rejects a rule without a citation, and invalid YAML', () => {
    expect(broken('rules/03-high-risk.yaml', (t) => t.replace("  cites: [{ cite: Art 6(2), ref: hr-6-2 }, { cite: Annex III, ref: annex3-1-a }]", '  cites: []')).join('\n')).toMatch(/id hr-6-2\) › cites/);
    expect(broken('outcomes.yaml', (t) => `${t}\n  - : [`).join('\n')).toMatch(/outcomes\.yaml: not valid YAML/);
  });
});
