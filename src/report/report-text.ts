/**
 * The report's own words in the report's language: headings, labels and
 * connecting phrases. Everything about the law comes from the questionnaire and
 * the Assessment (already in that language); only these strings are the report's.
 */
import { de } from './report-text-de.ts';
import { en, type ReportText } from './report-text-en.ts';
import { sv } from './report-text-sv.ts';

export { en, type ReportText };

export const reportTexts: Readonly<Record<'en' | 'sv' | 'de', ReportText>> = { en, sv, de };

/** The words for a report in `locale` ("sv", "de-DE" …); English for a language without its own. */
export function reportText(locale: string): ReportText {
  const lang = locale.toLowerCase().split('-')[0];
  return lang === 'sv' || lang === 'de' ? reportTexts[lang] : en;
}
