/**
 * A page that sits beside the wizard, in the address (the training pages, the
 * register). A link to one shows it; a change of the wizard's page (a link back
 * into the wizard) leaves it.
 */
import { useEffect, useRef, useState } from 'react';

export function useSideRoute<T>(wizardHash: string, parse: (hash: string) => T | null): T | null {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  const lastWizardHash = useRef(wizardHash);

  useEffect(() => {
    const onLocation = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onLocation);
    window.addEventListener('popstate', onLocation);
    return () => {
      window.removeEventListener('hashchange', onLocation);
      window.removeEventListener('popstate', onLocation);
    };
  }, [parse]);

  useEffect(() => {
    if (lastWizardHash.current === wizardHash) return;
    lastWizardHash.current = wizardHash;
    setRoute(null);
  }, [wizardHash]);

  return route;
}
