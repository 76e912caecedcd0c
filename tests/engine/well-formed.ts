import { expect } from 'vitest';
import type { Assessment } from '../../src/engine/assessment.ts';
import { TIER_ORDER } from '../../src/engine/classify.ts';

/** What every finished assessment must look like, whatever the answers. */
export function expectWellFormed(a: Assessment): void {
  expect(a.complete).toBe(true);
  expect(TIER_ORDER).toContain(a.outcome.tier);
  expect(a.outcome.title).not.toBe('');
  for (const rule of a.rules) {
    expect(rule.cites.length).toBeGreaterThan(0);
    expect(rule.appliesFrom.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const o of a.obligations) {
    expect(o.cites.length).toBeGreaterThan(0);
    expect(o.appliesFrom.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  // A model provider that also builds a system: the model's duties stand beside the system's outcome.
  const system = a.modelOutcome ? a.obligations.filter((o) => o.group !== 'gpai') : a.obligations;
  if (a.outcome.tier === 'unacceptable' && !a.outcome.provisional) expect(system.every((o) => o.group === 'prohibited')).toBe(true);
  if (a.outcome.tier === 'not-ai-system' || a.outcome.tier === 'out-of-scope') expect(system).toEqual([]);
  if (a.modelOutcome) expect(a.modelOutcome.tier).toBe('gpai-model');
  expect(new Set(a.obligations.map((o) => o.id)).size).toBe(a.obligations.length);
}

