import { createContext, useContext } from 'react';
import type { Locale } from './catalogue.ts';

export interface LocaleChoice {
  locale: Locale;
  /** Switches the whole wizard to `locale`; resolves when the new language is shown. */
  choose: (locale: Locale) => Promise<void>;
  status: 'idle' | 'loading' | 'failed';
}

export const LocaleContext = createContext<LocaleChoice | null>(null);

/** The language choice, or null outside the app (component tests of single views). */
export function useLocaleChoice(): LocaleChoice | null {
  return useContext(LocaleContext);
}
