/**
 * Keeps the address in step with the machine. A page the machine opens is
 * pushed onto the browser history (so Back and Forward work); an address the
 * user opens (Back, Forward, a link, a typed URL) is sent to the machine, whose
 * guards decide where it may go; a refused address is replaced.
 */
import { useEffect, useRef } from 'react';
import { useSelector } from '@xstate/react';
import type { Actor } from 'xstate';
import type { wizardMachine } from '../machine/wizard-machine.ts';
import { hashToStep, stepOf, stepToHash } from '../machine/step-hash.ts';
import { hashToTraining } from '../training/training-route.ts';
import { hashToRegister } from '../register/register-route.ts';
import { bootAddress } from './boot-address.ts';

/** A link inside the wizard made a new history entry: remember where it came from, for the back link. */
export function rememberOrigin(event: Event): void {
  if (event instanceof HashChangeEvent && window.history.state === null) {
    window.history.replaceState({ from: new URL(event.oldURL).hash || '#/' }, '', window.location.hash);
  }
}

export function useHashSync(actor: Actor<typeof wizardMachine>): void {
  const hash = useSelector(actor, (s) => stepToHash(stepOf(s)));
  const replaceNext = useRef(true);

  useEffect(() => {
    const onLocation = (event: Event) => {
      rememberOrigin(event);
      const step = hashToStep(window.location.hash);
      if (!step || stepToHash(step) === stepToHash(stepOf(actor.getSnapshot()))) return;
      replaceNext.current = true;
      actor.send({ type: 'nav', step });
    };
    window.addEventListener('popstate', onLocation);
    window.addEventListener('hashchange', onLocation);
    // An address opened while the wizard's code was loading came before these listeners: take it now.
    const booted = bootAddress(actor);
    if (booted !== undefined && (window.location.hash || '#/') !== booted) onLocation(new Event('missed'));
    return () => {
      window.removeEventListener('popstate', onLocation);
      window.removeEventListener('hashchange', onLocation);
    };
  }, [actor]);

  useEffect(() => {
    const replace = replaceNext.current;
    replaceNext.current = false;
    const drawnAt = window.location.hash || '#/';
    // Written just after the new page is drawn: history calls are slow and should not hold it up.
    setTimeout(() => {
      const current = window.location.hash || '#/';
      if (current === hash) return;
      // The machine has moved on since: its newer page is written by its own run of this effect.
      if (hash !== stepToHash(stepOf(actor.getSnapshot()))) return;
      // The user went elsewhere meanwhile (a link, Back): that address's own event takes it to the machine.
      if (current !== drawnAt) return;
      // A training or register page opened from the address stays; the wizard's page is written once it changes.
      if (replace && (hashToTraining(current) || hashToRegister(current))) return;
      if (replace) window.history.replaceState(window.history.state, '', hash);
      else window.history.pushState({ from: current }, '', hash);
    }, 0);
  }, [hash, actor]);
}
