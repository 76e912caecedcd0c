/** Dates in the UI language, without time-zone surprises. Formatters are made once per language. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/** "2027-12-02" → "2 December 2027" */
export function formatDate(iso: string, lang = 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return formatter(`d:${lang}`, localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDateTime(iso: string, lang = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(`dt:${lang}`, localeOf(lang), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
