import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import { walkExample } from '../../src/training/case-walk.ts';
import { layoutPath } from '../../src/training/path-layout.ts';

const root = resolve(import.meta.dirname, '../..');
const loaded = loadQuestionnaireFolder(resolve(root, 'questionnaires/eu-ai-act'), root);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const q = loaded.questionnaire;
const texts = { answer: (a: string) => `Answer: ${a}`, decidedHere: (o: string) => `Decided: ${o}`, stoppedHere: (r: string) => `Stop: ${r}`, nextOpen: 'Next' };

describe('worked examples through the engine', () => {
  it.each(q.examples.map((e) => [e.id, e] as const))('%s gives its expected outcome and is decided on its route', (_id, example) => {
    const walk = walkExample(q, example);
    expect(walk.assessment.outcome.tier).toBe(example.expected.tier);
    expect(walk.assessment.outcome.provisional).toBe(example.expected.provisional ?? false);
    expect(walk.decidedAt).not.toBeNull();
    expect(walk.route.steps).toContain(walk.decidedAt);
  });

  it('marks the early exit of a system that is not an AI system', () => {
    const walk = walkExample(q, q.examples.find((e) => e.id === 'p11-fee-spreadsheet')!);
    const layout = layoutPath(q, walk, texts);
    const marked = layout.nodes.filter((n) => n.mark);
    expect(marked.map((n) => [n.id, n.mark!.kind])).toEqual([['ai.infers', 'stopped']]);
    expect(layout.nodes.find((n) => n.id === 'scope.military')!.state).toBe('not-asked');
  });

  it('lays out every question once, in order, inside its section band', () => {
    const walk = walkExample(q, q.examples[0]!);
    const layout = layoutPath(q, walk, texts);
    expect(layout.nodes.map((n) => n.id)).toEqual(q.sections.flatMap((s) => q.questions.filter((x) => x.section === s.id).map((x) => x.id)));
    for (let i = 1; i < layout.nodes.length; i++) expect(layout.nodes[i]!.y).toBeGreaterThan(layout.nodes[i - 1]!.y + layout.nodes[i - 1]!.height - 1);
    expect(layout.nodes.filter((n) => n.state === 'asked').map((n) => n.id)).toEqual(walk.route.steps);
    // The narrowing question is asked only when the areas are not known: here the education question is asked without it.
    expect(layout.nodes.find((n) => n.id === 'annex3.education')?.state).toBe('asked');
    expect(layout.nodes.find((n) => n.id === 'annex3.narrowing')?.state).toBe('not-asked');
    expect(layout.nodes.find((n) => n.id === 'annex3.employment')?.state).toBe('not-asked');
  });
});
