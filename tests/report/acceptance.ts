/** The real questionnaire and the acceptance cases, for the report and CLI tests (see tests/engine/load.ts). */
import { join } from 'node:path';
import type { Answers } from '../../src/engine/answers.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { caseAnswers as answersOf, caseFiles, euAiAct } from '../engine/load.ts';

export const ACCEPTANCE_DIR = join(import.meta.dirname, '..', 'acceptance');

let cached: Questionnaire | undefined;
export const realQuestionnaire = (): Questionnaire => (cached ??= euAiAct());

export const caseIds = (): string[] => caseFiles().map((f) => f.replace(/\.json$/, '')).sort();

export const caseAnswers = (id: string): Answers => answersOf(realQuestionnaire(), id);
