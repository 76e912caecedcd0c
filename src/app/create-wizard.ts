/** The wizard machine wired to this browser: autosave to storage, export as a download. */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { autosaveLogic } from '../machine/autosave-actor.ts';
import { wizardMachine } from '../machine/wizard-machine.ts';
import { keepVersion, saveWork } from '../storage/saved-assessments.ts';
import { exportWork } from './export-work.ts';

export function createWizard(questionnaire: Questionnaire) {
  return wizardMachine.provide({
    actors: { autosave: autosaveLogic((work) => saveWork(questionnaire, work)) },
    actions: {
      exportFile: ({ context }) => exportWork(questionnaire, context.work),
      keepVersion: ({ context }) => {
        if (context.exchange.mode === 'compare') keepVersion(questionnaire, context.work, `before the reply of ${context.exchange.reply.supplier} (${context.exchange.reply.date})`);
      },
    },
  });
}
