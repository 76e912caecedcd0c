/**
 * The same wizard with another questionnaire text: the running actor's state
 * (page, answers, review, import) carried over to a new actor whose context holds
 * the localised questionnaire. Ids and values do not change between languages,
 * so the answers stay valid.
 */
import { createActor } from 'xstate';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { createWizard } from './create-wizard.ts';
import type { WizardActor } from './wizard-context.ts';

export function switchQuestionnaire(actor: WizardActor, questionnaire: Questionnaire): WizardActor {
  const persisted = actor.getPersistedSnapshot() as ReturnType<WizardActor['getPersistedSnapshot']> & { context: Record<string, unknown> };
  const snapshot = { ...persisted, context: { ...persisted.context, questionnaire } };
  const next = createActor(createWizard(questionnaire), { snapshot, input: { questionnaire } });
  actor.stop();
  next.start();
  return next;
}
