import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typicalPages } from '../../src/engine/pages.ts';
import { leanOf } from '../../src/questionnaire/parts.ts';
import { questionnairePlugin } from '../../src/questionnaire/vite-plugin.ts';
import { euAiAct } from '../engine/load.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** What the plugin gives the browser for `virtual:questionnaire-start/<name>`. */
function startModule(name: string): unknown {
  const plugin = questionnairePlugin(root);
  const id = (plugin.resolveId as (id: string) => string | null)(`virtual:questionnaire-start/${name}`);
  const code = (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile: () => undefined }, id!);
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
}

describe('the start page facts built with the questionnaire', () => {
  it('say how many pages the questions take as the engine computes it from the worked examples', () => {
    const facts = startModule('eu-ai-act') as { typicalPages: unknown };
    expect(facts.typicalPages).toEqual(typicalPages(leanOf(euAiAct())));
    expect(facts.typicalPages).toMatchObject({ median: expect.any(Number), most: expect.any(Number) });
  });

  it('fail the build for a questionnaire that does not exist', () => {
    expect(() => startModule('no-such-questionnaire')).toThrow(/questionnaires\/no-such-questionnaire/);
  });
});
