/** The real questionnaire and engine, loaded from the TypeScript sources, so specs can compute what to expect. */
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '../..');
const { loadQuestionnaireFolder } = await tsImport(resolve(root, 'src/questionnaire/load-files.ts'), import.meta.url);
const { assess } = await tsImport(resolve(root, 'src/engine/assess.ts'), import.meta.url);

const loaded = loadQuestionnaireFolder(resolve(root, 'questionnaires/eu-ai-act'), root);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
export const questionnaire = loaded.questionnaire;
export const expectedTier = (answers) => assess(questionnaire, answers).outcome.tier;
export const outcomeTitle = (tier) => questionnaire.outcomes.find((o) => o.tier === tier).title;
