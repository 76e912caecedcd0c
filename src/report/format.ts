/** Dates, lists and file names for the report and the CLI. */
import { formatCites } from '../i18n/cite-format.ts';
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

/** The citations, each once, in the style of the reader's language ("Art 6(2)", "artikel 6.2", "Art. 6 Abs. 2"). */
export function cites(list: readonly Citation[], locale = 'en'): string {
  return formatCites(list, locale);
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

/** Characters no common file system allows in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** A name safe on every file system: forbidden characters and spaces become hyphens; letters such as å, ä, ö stay. */
export function fileSafe(text: string, max = 60): string {
  const s = text.normalize('NFC').toLowerCase().replace(FORBIDDEN, '-').replace(/\s+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-. ]+$/g, '');
  return [...s].slice(0, max).join('').replace(/[-.]+$/, '');
}

/** ai-act-assessment-<system name>-<YYYY-MM-DD>.pdf */
export function reportFileName(systemName: string, date: string): string {
  return `ai-act-assessment-${fileSafe(systemName) || 'system'}-${date.slice(0, 10)}.pdf`;
}
