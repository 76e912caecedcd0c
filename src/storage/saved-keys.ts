/** Where saved assessments are kept in storage (see saved-assessments.ts), readable without reading the entries. */
import { listKeys } from './browser-storage.ts';

export const ENTRY = 'assessment/';
export const CURRENT = 'current';

/** Whether this browser holds any saved assessment, readable or damaged. */
export function hasSavedWork(): boolean {
  return listKeys(ENTRY).length > 0;
}
