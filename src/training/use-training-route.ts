/**
 * The training page in the address, if any. A link to a training page shows it;
 * a change of the wizard's page (a link back into the wizard, "start from this
 * example") leaves it.
 */
import { useEffect, useRef, useState } from 'react';
import { hashToTraining, type TrainingRoute } from './training-route.ts';

export function useTrainingRoute(wizardHash: string): TrainingRoute | null {
  const [route, setRoute] = useState(() => hashToTraining(window.location.hash));
  const lastWizardHash = useRef(wizardHash);

  useEffect(() => {
    const onLocation = () => setRoute(hashToTraining(window.location.hash));
    window.addEventListener('hashchange', onLocation);
    window.addEventListener('popstate', onLocation);
    return () => {
      window.removeEventListener('hashchange', onLocation);
      window.removeEventListener('popstate', onLocation);
    };
  }, []);

  useEffect(() => {
    if (lastWizardHash.current === wizardHash) return;
    lastWizardHash.current = wizardHash;
    setRoute(null);
  }, [wizardHash]);

  return route;
}
