/**
 * The UI string catalogue. English is bundled; other languages are separate
 * modules loaded on demand, each typed against the English one.
 */
import { en } from './en.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Strings = Widen<typeof en>;
export type Locale = 'en' | 'sv' | 'de';

export const locales: readonly Locale[] = ['en', 'sv', 'de'];

/** Each language's name in that language, for the language switch. */
export const localeNames: Record<Locale, string> = { en: 'English', sv: 'Svenska', de: 'Deutsch' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const loaders: Partial<Record<Locale, () => Promise<Strings>>> = {
  sv: () => import('./sv.ts').then((m) => m.sv),
  de: () => import('./de.ts').then((m) => m.de),
};

export const defaultStrings: Strings = en;

export async function loadStrings(locale: Locale): Promise<Strings> {
  const load = loaders[locale];
  return load ? load() : en;
}
