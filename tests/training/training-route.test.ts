import { describe, expect, it } from 'vitest';
import { hashToTraining, trainingToHash, type TrainingRoute } from '../../src/training/training-route.ts';

describe('the decision path in the address', () => {
  it.each([
    ['#/path', { kind: 'path', exampleId: null, sectionId: null }],
    ['#/path/p01-school-admission', { kind: 'path', exampleId: 'p01-school-admission', sectionId: null }],
    ['#/path/zoom/use-cases', { kind: 'path', exampleId: null, sectionId: 'use-cases' }],
    ['#/path/p01-school-admission/zoom/use-cases', { kind: 'path', exampleId: 'p01-school-admission', sectionId: 'use-cases' }],
  ] as [string, TrainingRoute][])('%s keeps the example and the section shown large, both ways', (hash, route) => {
    expect(hashToTraining(hash)).toEqual(route);
    expect(trainingToHash(route)).toBe(hash);
  });

  it('is not a training page with a broken zoom', () => {
    expect(hashToTraining('#/path/p01/zoom/')).toBeNull();
    expect(hashToTraining('#/path/a/b')).toBeNull();
  });

  it('leaves the other training pages as they were', () => {
    expect(hashToTraining('#/examples/p03-tax-chatbot')).toEqual({ kind: 'example', id: 'p03-tax-chatbot' });
    expect(trainingToHash({ kind: 'path', exampleId: 'p03' })).toBe('#/path/p03');
  });
});
