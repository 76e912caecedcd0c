/**
 * Answers chosen or typed on a question page but not yet submitted, kept in
 * sessionStorage so that a reload (or a look at another page) loses nothing.
 * Per assessment and page; a submitted page's draft is dropped. Storage that
 * refuses (private windows) just means no draft.
 */
import type { Answers } from '../engine/answers.ts';

const KEY = 'ai-act-wizard:page-drafts';

type Drafts = { work: string; pages: Record<string, Answers> };

function read(work: string): Drafts {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Drafts | null;
    if (parsed && parsed.work === work && parsed.pages && typeof parsed.pages === 'object') return parsed;
  } catch {
    // unreadable or unavailable: no draft
  }
  return { work, pages: {} };
}

function write(drafts: Drafts): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(drafts));
  } catch {
    // storage refused: the draft is only lost on reload
  }
}

export function readDraft(work: string, page: string): Answers {
  return read(work).pages[page] ?? {};
}

/** Keeps the answers on the page that differ from the submitted ones. */
export function writeDraft(work: string, page: string, chosen: Answers, submitted: Answers): void {
  const changed = Object.fromEntries(Object.entries(chosen).filter(([id, value]) => JSON.stringify(value) !== JSON.stringify(submitted[id] ?? (Array.isArray(value) ? [] : ''))));
  const drafts = read(work);
  if (Object.keys(changed).length === 0) {
    if (!(page in drafts.pages)) return;
    delete drafts.pages[page];
  } else drafts.pages[page] = changed;
  write(drafts);
}

export function dropDraft(work: string, page: string): void {
  const drafts = read(work);
  if (!(page in drafts.pages)) return;
  delete drafts.pages[page];
  write(drafts);
}
