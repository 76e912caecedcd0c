import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { euAiAct } from '../engine/load.ts';

it('the questionnaire README lists every question id, so a reader can write an answers file by hand', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'questionnaires', 'README.md'), 'utf8');
  const missing = euAiAct().questions.map((q) => q.id).filter((id) => !readme.includes(`\`${id}\``));
  expect(missing).toEqual([]);
});
