/**
 * The report's own words in the report's language: headings, labels and
 * connecting phrases. Everything about the law comes from the questionnaire and
 * the Assessment (already in that language); only these strings are the report's.
 *
 * English is always here; Swedish and German are loaded when a report in that
 * language is made (loadReportText), so an English report does not fetch them.
 * Outside a production build (the CLI, tests, the bench) every language is
 * loaded at once.
 */
import { en, type ReportText } from './report-text-en.ts';

export { en, type ReportText };

type Lang = 'en' | 'sv' | 'de';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<ReportText>> = {
  sv: () => import('./report-text-sv.ts').then((m) => m.sv),
  de: () => import('./report-text-de.ts').then((m) => m.de),
};

const loaded: Partial<Record<Lang, ReportText>> = { en };

/** "sv", "de-DE" … → its language; English for a language without its own words. */
function langOf(locale: string): Lang {
  const lang = locale.toLowerCase().split('-')[0];
  return lang === 'sv' || lang === 'de' ? lang : 'en';
}

/** Makes the words for `locale` available to reportText(). */
export async function loadReportText(locale: string): Promise<ReportText> {
  const lang = langOf(locale);
  if (lang !== 'en') loaded[lang] ??= await loaders[lang]();
  return loaded[lang]!;
}

/** The words for a report in `locale` ("sv", "de-DE" …); English for a language without its own. */
export function reportText(locale: string): ReportText {
  const lang = langOf(locale);
  const text = loaded[lang];
  if (!text) throw new Error(`the report's ${lang} words are not loaded: call loadReportText("${locale}") first`);
  return text;
}

if (!import.meta.env?.PROD) await Promise.all([loadReportText('sv'), loadReportText('de')]);

/** Every language's words (all of them outside a production build). */
export const reportTexts = loaded as Readonly<Record<Lang, ReportText>>;
