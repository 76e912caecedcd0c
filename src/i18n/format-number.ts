/** Whole numbers in the UI language ("1,000", "1 000", "1.000"). */
const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: string): string {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang);
    cache.set(lang, f);
  }
  return f.format(n);
}
