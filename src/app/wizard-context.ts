import { createContext, useContext } from 'react';
import type { Actor } from 'xstate';
import type { wizardMachine } from '../machine/wizard-machine.ts';

export type WizardActor = Actor<typeof wizardMachine>;

export const WizardContext = createContext<WizardActor | null>(null);

export function useWizard(): WizardActor {
  const actor = useContext(WizardContext);
  if (!actor) throw new Error('useWizard outside <App>');
  return actor;
}
