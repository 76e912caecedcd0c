/** The wizard machine wired to this browser: autosave to storage, export as a download. */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { autosaveLogic } from '../machine/autosave-actor.ts';
import { wizardMachine } from '../machine/wizard-machine.ts';
import { downloadText, fileNameFor } from '../storage/download-file.ts';
import { serializeFile } from '../storage/file-format.ts';
import { saveWork } from '../storage/saved-assessments.ts';
import { reportField } from './selectors.ts';

export function createWizard(questionnaire: Questionnaire) {
  return wizardMachine.provide({
    actors: { autosave: autosaveLogic((work) => saveWork(questionnaire, work)) },
    actions: {
      exportFile: ({ context }) => {
        const name = reportField(questionnaire, context.work.answers, 'system-name') ?? 'assessment';
        const { answers, details } = context.work;
        downloadText(fileNameFor(name), serializeFile(questionnaire, answers, details ? { details } : {}));
      },
    },
  });
}
