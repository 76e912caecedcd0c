/**
 * Two tabs on one assessment: each saved entry carries a revision, and each tab
 * remembers the revision (and answers) it last opened or saved. When another tab
 * has saved different answers since, this tab does not save over them: the
 * conflict is reported here, and the user chooses (load the other version, or
 * keep this tab's answers as a copy). Nothing is dropped either way.
 */
export interface Seen {
  revision: number;
  answers: string;
}

const seen = new Map<string, Seen>();
let conflict: string | null = null;
const listeners = new Set<() => void>();

/** Answers as comparable text: the same answers in any key order give the same text. */
export function answersKey(answers: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.keys(answers).sort().map((k) => [k, answers[k]]));
}

export function seenBy(id: string): Seen | undefined {
  return seen.get(id);
}

export function markSeen(id: string, revision: number, answers: Readonly<Record<string, unknown>>): void {
  seen.set(id, { revision, answers: answersKey(answers) });
}

export function forget(id: string): void {
  seen.delete(id);
}

/** The assessment another tab changed under this one, if any. */
export function currentConflict(): string | null {
  return conflict;
}

export function reportConflict(id: string): void {
  if (conflict === id) return;
  conflict = id;
  for (const l of listeners) l();
}

export function clearConflict(): void {
  if (conflict === null) return;
  conflict = null;
  for (const l of listeners) l();
}

export function subscribeConflict(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
