/**
 * Autosave as an actor: the machine sends it every change of the work; it
 * writes after the page has been drawn and reports when storage fails, so the
 * wizard can say so and carry on.
 */
import { fromCallback } from 'xstate';
import type { AutosaveEvent, StorageStatus, Work } from './types.ts';

export type SaveWork = (work: Work) => StorageStatus;

export function autosaveLogic(save: SaveWork) {
  return fromCallback<AutosaveEvent>(({ receive, sendBack }) => {
    let pending: Work | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      if (!pending) return;
      const status = save(pending);
      pending = null;
      // Every time, not only on a change: the saved list may have reported room again after a delete.
      sendBack({ type: 'autosave.status', status });
    };
    receive((event) => {
      pending = event.work;
      clearTimeout(timer);
      timer = setTimeout(flush, 150);
    });
    const onHide = () => flush();
    globalThis.addEventListener?.('pagehide', onHide);
    return () => {
      flush();
      globalThis.removeEventListener?.('pagehide', onHide);
    };
  });
}

/** The default: keeps nothing (tests and a browser without storage). */
export const noAutosave = fromCallback<AutosaveEvent>(() => undefined);
