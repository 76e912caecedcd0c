/** Dates, lists and file names for the report and the CLI. */
import type { Citation } from '../questionnaire/schema.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2027-12-02" → "2 December 2027" (in the report's language). One formatter per language, made once. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // Plain "en" would give the US order; the report uses the European one.
  const tag = locale === 'en' ? 'en-GB' : locale;
  let format = dateFormats.get(tag);
  if (!format) dateFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}

export function cites(list: readonly Citation[]): string {
  return [...new Set(list.map((c) => c.cite))].join('; ');
}

/** Lower-case letters and digits of any script, joined by hyphens; accents dropped. */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** ai-act-assessment-<system-name-slug>-<YYYY-MM-DD>.pdf */
export function reportFileName(systemName: string, generatedAt: string): string {
  return `ai-act-assessment-${slug(systemName) || 'system'}-${generatedAt.slice(0, 10)}.pdf`;
}
