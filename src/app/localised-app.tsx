/**
 * The app in the chosen language: provides the UI strings and the language
 * choice, and on a switch loads the language's chunk, carries the wizard over to
 * the localised questionnaire, sets <html lang> and remembers the choice.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Locale } from '../i18n/catalogue.ts';
import { LocaleContext, type LocaleChoice } from '../i18n/locale-context.ts';
import { StringsContext } from '../i18n/use-strings.ts';
import { writePreferredLocale } from '../storage/preferred-locale.ts';
import { App } from './app.tsx';
import { loadLocaleBundle, type LocaleBundle } from './locale-bundle.ts';
import { switchQuestionnaire } from './switch-actor.ts';
import type { WizardActor } from './wizard-context.ts';

export function LocalisedApp({ actor: initialActor, bundle: initialBundle }: { actor: WizardActor; bundle: LocaleBundle }) {
  const [{ actor, bundle }, setCurrent] = useState({ actor: initialActor, bundle: initialBundle });
  const [status, setStatus] = useState<LocaleChoice['status']>('idle');
  const latest = useRef({ actor, bundle });
  const loading = useRef(false);

  const choose = useCallback(async (locale: Locale) => {
    if (locale === latest.current.bundle.locale || loading.current) return;
    loading.current = true;
    setStatus('loading');
    let next: LocaleBundle;
    try {
      next = await loadLocaleBundle(locale);
    } catch {
      loading.current = false;
      setStatus('failed');
      return;
    }
    const nextActor = switchQuestionnaire(latest.current.actor, next.questionnaire);
    latest.current = { actor: nextActor, bundle: next };
    document.documentElement.lang = next.strings.lang;
    writePreferredLocale(locale);
    setCurrent({ actor: nextActor, bundle: next });
    setStatus('idle');
    loading.current = false;
  }, []);

  const choice = useMemo<LocaleChoice>(() => ({ locale: bundle.locale, choose, status }), [bundle.locale, choose, status]);
  return (
    <LocaleContext.Provider value={choice}>
      <StringsContext.Provider value={bundle.strings}>
        <App actor={actor} />
      </StringsContext.Provider>
    </LocaleContext.Provider>
  );
}
