/** The language the user chose, remembered on this device. Storage that fails is ignored: the switch still works for this visit. */
import type { StorageStatus } from '../machine/types.ts';
import { readItem, writeItem } from './browser-storage.ts';

const KEY = 'locale';

export function readPreferredLocale(): string | null {
  return readItem(KEY);
}

export function writePreferredLocale(locale: string): StorageStatus {
  return writeItem(KEY, locale);
}
