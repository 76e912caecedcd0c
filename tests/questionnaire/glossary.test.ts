import { describe, expect, it } from 'vitest';
import { linkTerms } from '../../src/questionnaire/glossary.ts';
import { euAiAct } from '../engine/load.ts';

const q = euAiAct();

describe('glossary', () => {
  it('covers the Act\'s key terms with a citation each', () => {
    const ids = q.glossary.map((t) => t.id);
    for (const id of ['ai-system', 'provider', 'deployer', 'importer', 'distributor', 'placing-on-the-market', 'putting-into-service', 'intended-purpose', 'substantial-modification', 'profiling', 'remote-biometric-identification', 'emotion-recognition', 'biometric-categorisation', 'general-purpose-ai-model', 'systemic-risk', 'fria']) {
      expect(ids).toContain(id);
    }
  });

  it('links the longest matching phrase, once, keeping the text intact', () => {
    const text = 'Does the system profile people? Profiling means a general-purpose AI model or a provider, provider.';
    const segments = linkTerms(text, q.glossary);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.termId).map((s) => [s.text, s.termId])).toEqual([
      ['profile people', 'profiling'],
      ['general-purpose AI model', 'general-purpose-ai-model'],
      ['provider', 'provider'],
    ]);
  });

  it('links a term in most question texts that use the Act\'s vocabulary', () => {
    const linked = q.questions.filter((x) => linkTerms(`${x.text} ${x.why}`, q.glossary).some((s) => s.termId));
    expect(linked.length).toBeGreaterThan(20);
  });
});
