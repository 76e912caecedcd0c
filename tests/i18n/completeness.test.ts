/**
 * Every UI string and every report string exists in every language, is not
 * empty, and differs from the English unless listed in same-as-english.ts.
 * Functions are compared by what they return for the same sample arguments.
 */
import { describe, expect, it } from 'vitest';
import { defaultStrings, loadStrings, type Locale } from '../../src/i18n/catalogue.ts';
import { reportText, reportTexts } from '../../src/report/report-text.ts';
import { sameAsEnglish } from './same-as-english.ts';

type Leaf = { path: string; value: string | undefined };
const SAMPLES = ['Alpha', 'Beta', 'Gamma'];

/** Every leaf of a catalogue as text: strings as they are, functions called with sample values (numbers where the English uses them). */
function leaves(node: unknown, shape: unknown, prefix = ''): Leaf[] {
  if (typeof shape === 'string') return [{ path: prefix, value: typeof node === 'string' ? node : undefined }];
  if (typeof shape === 'function') {
    if (typeof node !== 'function') return [{ path: prefix, value: undefined }];
    const args = sampleArgs(shape as (...a: unknown[]) => string);
    return [{ path: prefix, value: String((node as (...a: unknown[]) => unknown)(...args)) }];
  }
  const record = (node ?? {}) as Record<string, unknown>;
  return Object.entries(shape as Record<string, unknown>).flatMap(([key, child]) => leaves(record[key], child, prefix ? `${prefix}.${key}` : key));
}

/** Numbers for a function whose English text shows a number, names otherwise. */
function sampleArgs(fn: (...a: unknown[]) => string): unknown[] {
  const names = Array.from({ length: fn.length }, (_, i) => SAMPLES[i] ?? `X${i}`);
  try {
    const text = fn(...names);
    if (!text.includes('NaN')) return names;
  } catch {
    // fall through to numbers
  }
  return Array.from({ length: fn.length }, (_, i) => i + 3);
}

function keysOf(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const others: ('sv' | 'de')[] = ['sv', 'de'];

describe.each(others)('UI strings in %s', (lang) => {
  it('has every English key and no other', async () => {
    const strings = await loadStrings(lang as Locale);
    expect(keysOf(strings).sort()).toEqual(keysOf(defaultStrings).sort());
  });

  it('has no empty and no untranslated string', async () => {
    const strings = await loadStrings(lang as Locale);
    const english = new Map(leaves(defaultStrings, defaultStrings).map((l) => [l.path, l.value]));
    const allowed = new Set(sameAsEnglish[lang].ui);
    const problems = leaves(strings, defaultStrings).filter(
      (l) => l.value === undefined || l.value.trim() === '' || (l.value === english.get(l.path) && !allowed.has(l.path)),
    );
    expect(problems.map((p) => p.path)).toEqual([]);
  });

  it('says which language it is', async () => {
    expect((await loadStrings(lang as Locale)).lang).toBe(lang);
  });
});

describe.each(others)('report strings in %s', (lang) => {
  it('has every English key and no other', () => {
    expect(keysOf(reportTexts[lang]).sort()).toEqual(keysOf(reportTexts.en).sort());
  });

  it('has no empty and no untranslated string', () => {
    const english = new Map(leaves(reportTexts.en, reportTexts.en).map((l) => [l.path, l.value]));
    const allowed = new Set(sameAsEnglish[lang].report);
    const problems = leaves(reportTexts[lang], reportTexts.en).filter(
      (l) => l.value === undefined || l.value.trim() === '' || (l.value === english.get(l.path) && !allowed.has(l.path)),
    );
    expect(problems.map((p) => p.path)).toEqual([]);
  });

  it('is the one chosen for a report in that language', () => {
    expect(reportText(lang)).toBe(reportTexts[lang]);
    expect(reportText(`${lang}-XX`)).toBe(reportTexts[lang]);
  });

  it('keeps the page placeholders the renderer fills in', () => {
    expect(reportTexts[lang].footer.page).toContain('{page}');
    expect(reportTexts[lang].footer.page).toContain('{pages}');
  });
});

describe('the allowed exceptions', () => {
  it('are each still identical to the English, so the list does not go stale', async () => {
    for (const lang of others) {
      const ui = new Map(leaves(await loadStrings(lang), defaultStrings).map((l) => [l.path, l.value]));
      const en = new Map(leaves(defaultStrings, defaultStrings).map((l) => [l.path, l.value]));
      const report = new Map(leaves(reportTexts[lang], reportTexts.en).map((l) => [l.path, l.value]));
      const enReport = new Map(leaves(reportTexts.en, reportTexts.en).map((l) => [l.path, l.value]));
      expect(sameAsEnglish[lang].ui.filter((p) => ui.get(p) !== en.get(p))).toEqual([]);
      expect(sameAsEnglish[lang].report.filter((p) => report.get(p) !== enReport.get(p))).toEqual([]);
    }
  });
});
