import { join } from 'node:path';
import { expect, it } from 'vitest';
import { answerSections } from '../../src/app/selectors.ts';
import { readLocaleFile } from '../../src/questionnaire/load-files.ts';
import { localise } from '../../src/questionnaire/locale.ts';
import { caseAnswers, euAiAct } from '../engine/load.ts';

it('check your answers shows "I don\'t know" in the questionnaire\'s language', () => {
  const q = euAiAct();
  const sv = localise(q, 'sv', readLocaleFile(join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act'), 'sv'));
  const rows = answerSections(sv, caseAnswers(q, 'p18-narrow-task-no-profiling-unknown')).flatMap((s) => s.rows);
  expect(rows.find((r) => r.questionId === 'derog.profiling')?.answer).toEqual([sv.unknownLabel]);
  expect(sv.unknownLabel).toBe('Jag vet inte');
});
