/**
 * Everything one language needs: the UI strings and the questionnaire with its
 * texts in that language (lean: see parts.ts). English comes with the wizard's own code (wizard-entry.tsx,
 * not the start page's); Swedish and German are separate chunks, fetched when chosen.
 */
import questionnaire from 'virtual:questionnaire/eu-ai-act/en/lean';
import { defaultStrings, loadStrings, type Locale, type Strings } from '../i18n/catalogue.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

export interface LocaleBundle {
  locale: Locale;
  strings: Strings;
  questionnaire: Questionnaire;
}

const questionnaires: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Questionnaire }>> = {
  sv: () => import('virtual:questionnaire/eu-ai-act/sv/lean'),
  de: () => import('virtual:questionnaire/eu-ai-act/de/lean'),
};

export const englishBundle: LocaleBundle = { locale: 'en', strings: defaultStrings, questionnaire };

export async function loadLocaleBundle(locale: Locale): Promise<LocaleBundle> {
  if (locale === 'en') return englishBundle;
  const [strings, localised] = await Promise.all([loadStrings(locale), questionnaires[locale]()]);
  return { locale, strings, questionnaire: localised.default };
}
