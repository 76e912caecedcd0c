// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCite } from '../../src/questionnaire/cite.ts';
import { formatCite } from '../../src/i18n/cite-format.ts';

const DIR = join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act');

/** Every distinct `cite:` string in the questionnaire's YAML files. */
function allCites(): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const cite = (v as { cite?: unknown }).cite;
      if (typeof cite === 'string') out.add(cite);
      Object.values(v).forEach(visit);
    }
  };
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.yaml')) visit(parse(readFileSync(p, 'utf8')));
    }
  };
  walk(DIR);
  return [...out].sort();
}

describe('parseCite', () => {
  const list = allCites();

  it('reads every citation the questionnaire writes', () => {
    expect(list.length).toBeGreaterThan(250);
    const unparsed = list.filter((c) => parseCite(c) === null);
    expect(unparsed).toEqual([]);
  });

  it('never prints a parsed citation in its English form in Swedish or German', () => {
    for (const c of list) {
      const parts = parseCite(c)!;
      if (parts.refs.some((r) => r.kind === 'document')) continue;
      for (const locale of ['sv', 'de']) expect(formatCite(c, locale), `${c} (${locale})`).not.toMatch(/\bArts? \d|Annex|Recital|\(\w+\)|as amended|subparagraph|GDPR/);
    }
  });

  it('splits articles, paragraphs, points, subparagraphs, annexes, sections and other acts', () => {
    expect(parseCite('Art 6(2)')).toEqual({ refs: [{ kind: 'article', from: { article: '6', paragraph: '2' } }], amended: false });
    expect(parseCite('Art 5(1)(h)')?.refs[0]).toEqual({ kind: 'article', from: { article: '5', paragraph: '1', point: 'h' } });
    expect(parseCite('Art 113(c)(i) as amended')).toEqual({ refs: [{ kind: 'article', from: { article: '113', point: 'c', subpoint: 'i' } }], amended: true });
    expect(parseCite('Art 50(4) second subparagraph')?.refs[0]).toEqual({ kind: 'article', from: { article: '50', paragraph: '4', subparagraph: 2 } });
    expect(parseCite('Annex III 1(a)')?.refs[0]).toEqual({ kind: 'annex', annex: 'III', point: '1', letter: 'a' });
    expect(parseCite('Annex I Section B points 18–19')?.refs[0]).toEqual({ kind: 'annex', annex: 'I', section: 'B', point: '18', toPoint: '19' });
    expect(parseCite('Recital 96')?.refs[0]).toEqual({ kind: 'recital', number: '96' });
    expect(parseCite('Art 26(8) and 49(3)')?.refs).toEqual([
      { kind: 'article', from: { article: '26', paragraph: '8' } },
      { kind: 'article', from: { article: '49', paragraph: '3' } },
    ]);
    expect(parseCite('GDPR Art 35')?.refs[0]).toEqual({ kind: 'article', act: 'GDPR', from: { article: '35' } });
    expect(parseCite('Arts 102–112')?.refs[0]).toEqual({ kind: 'article', from: { article: '102' }, to: { article: '112' } });
    expect(parseCite('Art 27(1)(a)–(f)')?.refs[0]).toEqual({ kind: 'article', from: { article: '27', paragraph: '1', point: 'a' }, to: { article: '27', paragraph: '1', point: 'f' } });
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(parseCite('Art six')).toBeNull();
    expect(parseCite('Annex 3')).toBeNull();
    expect(parseCite('Art 6(2')).toBeNull();
  });
});

describe('formatCite', () => {
  const cases: [string, string, string][] = [
    ['Art 6(2)', 'artikel 6.2', 'Art. 6 Abs. 2'],
    ['Art 5(1)(h)', 'artikel 5.1 h', 'Art. 5 Abs. 1 Buchst. h'],
    ['Annex III 1(a)', 'bilaga III punkt 1 a', 'Anhang III Nummer 1 Buchstabe a'],
    ['Annex III point 1(a)', 'bilaga III punkt 1 a', 'Anhang III Nummer 1 Buchstabe a'],
    ['Recital 96', 'skäl 96', 'Erwägungsgrund 96'],
    ['Art 26(8) and 49(3)', 'artikel 26.8 och 49.3', 'Art. 26 Abs. 8 und Art. 49 Abs. 3'],
    ['GDPR Art 35', 'artikel 35 i dataskyddsförordningen', 'Art. 35 DSGVO'],
    ['Art 5(2)–(7)', 'artikel 5.2–5.7', 'Art. 5 Abs. 2 bis 7'],
    ['Art 11(1)–(2)', 'artikel 11.1 och 11.2', 'Art. 11 Abs. 1 und 2'],
    ['Art 27(1)(a)–(f)', 'artikel 27.1 a–f', 'Art. 27 Abs. 1 Buchst. a bis f'],
    ['Arts 102–112', 'artiklarna 102–112', 'Art. 102 bis 112'],
    ['Art 50(4) first subparagraph', 'artikel 50.4 första stycket', 'Art. 50 Abs. 4 Unterabs. 1'],
    ['Art 4 as amended', 'artikel 4 i ändrad lydelse', 'Art. 4 in geänderter Fassung'],
    ['Annex I Section A point 10', 'bilaga I avsnitt A punkt 10', 'Anhang I Abschnitt A Nummer 10'],
    ['Art 113(c)(i) as amended', 'artikel 113 c i i ändrad lydelse', 'Art. 113 Buchst. c Ziff. i in geänderter Fassung'],
  ];
  it.each(cases)('%s → %s / %s', (cite, sv, de) => {
    expect(formatCite(cite, 'sv')).toBe(sv);
    expect(formatCite(cite, 'de')).toBe(de);
    expect(formatCite(cite, 'en')).toBe(cite);
  });

  it('prints a citation it cannot read as written', () => {
    expect(formatCite('Art six', 'de')).toBe('Art six');
    expect(formatCite('Commission guidelines on prohibited practices (4 Feb 2025)', 'sv')).toBe('Commission guidelines on prohibited practices (4 Feb 2025)');
  });
});
