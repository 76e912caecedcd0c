/**
 * The only module that touches localStorage. Every call is guarded: storage
 * that is disabled (private mode, blocked by policy) or full gives a status,
 * never an exception, so the wizard keeps working without it. Only writes can
 * fail for full storage: reads never depend on a write succeeding.
 */
import type { StorageStatus } from '../machine/types.ts';

export const PREFIX = 'ai-act-wizard/v1/';

/**
 * The storage to read from, without a probe write: full storage can still be
 * read (and emptied), so what the user saved is always listed and offered.
 */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

export function storageStatus(): StorageStatus {
  try {
    const s = globalThis.localStorage;
    if (!s) return 'unavailable';
    s.setItem(`${PREFIX}probe`, '1');
    s.removeItem(`${PREFIX}probe`);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

export function readItem(key: string): string | null {
  try {
    return store()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): StorageStatus {
  try {
    const s = globalThis.localStorage;
    if (!s) return 'unavailable';
    s.setItem(PREFIX + key, value);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

export function removeItem(key: string): void {
  try {
    store()?.removeItem(PREFIX + key);
  } catch {
    /* nothing to remove when storage is unavailable */
  }
}

/** Keys (without the prefix) that start with `start`. */
export function listKeys(start: string): string[] {
  const s = store();
  if (!s) return [];
  const out: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(PREFIX + start)) out.push(key.slice(PREFIX.length));
    }
  } catch {
    return out;
  }
  return out;
}
