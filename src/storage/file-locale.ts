/**
 * The language recorded in a file (`meta.locale`), normalised to one the tool
 * speaks: en_GB and en-GB → en, sv_SE → sv, de-AT → de. Anything else is read
 * as English with a warning, so a report is never half in one language.
 */
export const FILE_LOCALES = ['en', 'sv', 'de'] as const;
export type FileLocale = (typeof FILE_LOCALES)[number];

export function isFileLocale(value: unknown): value is FileLocale {
  return typeof value === 'string' && (FILE_LOCALES as readonly string[]).includes(value);
}

export function normaliseLocale(raw: string): { locale: FileLocale; warning?: string } {
  const lang = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isFileLocale(lang)) return { locale: lang };
  return { locale: 'en', warning: `meta.locale: "${raw}" is not a language this tool speaks (en, sv, de); the report is in English` };
}
