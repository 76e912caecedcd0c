/**
 * The wizard runs on the lean questionnaire (questions and rules). Pages that
 * show obligations, guidance, worked examples or glossary terms ask for the
 * complete one: its extras load once per language, as their own chunk.
 */
import { useEffect, useState } from 'react';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { withExtras, type Extras } from '../questionnaire/parts.ts';

const loaders: Record<string, () => Promise<{ default: Extras }>> = {
  en: () => import('virtual:questionnaire-extras/eu-ai-act/en'),
  sv: () => import('virtual:questionnaire-extras/eu-ai-act/sv'),
  de: () => import('virtual:questionnaire-extras/eu-ai-act/de'),
};

const loaded = new Map<string, Promise<Extras>>();

export function loadExtras(locale: string): Promise<Extras> {
  let promise = loaded.get(locale);
  if (!promise) {
    const load = loaders[locale] ?? loaders.en!;
    promise = load().then((m) => m.default);
    promise.catch(() => loaded.delete(locale));
    loaded.set(locale, promise);
  }
  return promise;
}

export async function completeQuestionnaire(q: Questionnaire): Promise<Questionnaire> {
  if (!q.lean) return q;
  return withExtras(q, await loadExtras(q.locale));
}

/** The complete questionnaire, or null while its extras load (or if they failed: `failed`). */
export function useCompleteQuestionnaire(q: Questionnaire): { questionnaire: Questionnaire | null; failed: boolean } {
  const [state, setState] = useState<{ for: Questionnaire; full: Questionnaire | null; failed: boolean }>(() => ({
    for: q,
    full: q.lean ? null : q,
    failed: false,
  }));
  useEffect(() => {
    let live = true;
    if (state.for === q && state.full) return;
    completeQuestionnaire(q).then(
      (full) => live && setState({ for: q, full, failed: false }),
      () => live && setState({ for: q, full: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [q, state.for, state.full]);
  return state.for === q ? { questionnaire: state.full, failed: state.failed } : { questionnaire: null, failed: false };
}
