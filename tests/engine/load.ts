import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import type { Answers } from '../../src/engine/answers.ts';

const root = join(import.meta.dirname, '..', '..');

export function euAiAct(): Questionnaire {
  const result = loadQuestionnaireFolder(join(root, 'questionnaires', 'eu-ai-act'), root);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.questionnaire;
}

export interface CaseExpectation {
  id: string;
  tier: string;
  provisional?: boolean;
  routes?: string[];
  tracks?: string[];
  notTracks?: string[];
  roles?: string[];
  fria?: boolean;
  obligations?: string[];
  absent?: string[];
  uncertain?: string[];
  decidedBy?: string[];
  appliesFrom?: Record<string, string>;
}

const dir = join(root, 'tests', 'acceptance');

export function acceptanceCases(): CaseExpectation[] {
  return parse(readFileSync(join(dir, 'cases.yaml'), 'utf8')) as CaseExpectation[];
}

export function caseFiles(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json'));
}

export function caseAnswers(questionnaire: Questionnaire, id: string): Answers {
  const parsed = parseAssessmentFile(readFileSync(join(dir, `${id}.json`), 'utf8'), questionnaire);
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors.join('; ')}`);
  return parsed.answers;
}
