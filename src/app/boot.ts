/** Starts the wizard: the work saved on this device (if any), then the page in the address. */
import { createActor } from 'xstate';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { hashToStep } from '../machine/step-hash.ts';
import { storageStatus } from '../storage/browser-storage.ts';
import { loadCurrent } from '../storage/saved-assessments.ts';
import { createWizard } from './create-wizard.ts';
import { rememberBootAddress } from './boot-address.ts';

export function bootWizard(questionnaire: Questionnaire, hash: string) {
  const storage = storageStatus();
  // Full storage still holds the saved work: read it whatever a probe write says.
  const current = loadCurrent(questionnaire);
  const actor = createActor(createWizard(questionnaire), { input: { questionnaire, restored: current?.work ?? null, storage } });
  actor.start();
  rememberBootAddress(actor, hash);
  if (current && current.warnings.length > 0) actor.send({ type: 'open', work: current.work, warnings: current.warnings });
  const step = hashToStep(hash);
  if (step && step.kind !== 'start') actor.send({ type: 'nav', step });
  else if (current) actor.send({ type: 'nav', step: { kind: 'start' } });
  return actor;
}
