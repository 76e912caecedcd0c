/**
 * Citations in the reader's language, in the style of that language version of
 * the Official Journal: English "Art 6(2)" (as the questionnaire writes it),
 * Swedish "artikel 6.2", "bilaga III punkt 1 a", "skäl 96", German
 * "Art. 6 Abs. 2", "Anhang III Nummer 1 Buchstabe a", "Erwägungsgrund 96".
 * The parts come from parseCite(); a citation it cannot read is printed as written.
 */
import { parseCite, type ArticlePlace, type CiteParts, type CiteRef } from '../questionnaire/cite.ts';

type Lang = 'en' | 'sv' | 'de';

const SV_ORDINAL = ['', 'första', 'andra', 'tredje', 'fjärde', 'femte'];

/** Two numbers in a row ("1" and "2") read as "1 och 2", longer runs as "2–7". */
function consecutive(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && /^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) === Number(a) + 1;
}

function svPlace(p: ArticlePlace, withParagraph = true): string {
  let s = withParagraph && p.paragraph ? `${p.article}.${p.paragraph}` : p.article;
  if (p.point) s += ` ${p.point}`;
  if (p.subpoint) s += ` ${p.subpoint}`;
  if (p.subparagraph) s += ` ${SV_ORDINAL[p.subparagraph] ?? p.subparagraph} stycket`;
  return s;
}

function svArticle(ref: Extract<CiteRef, { kind: 'article' }>, first: boolean): string {
  const { from, to } = ref;
  let body: string;
  if (!to) body = svPlace(from);
  else if (to.article !== from.article) body = `${from.article}–${to.article}`;
  else if (to.point !== from.point || to.subpoint !== from.subpoint) {
    const end = to.subpoint ?? to.point;
    body = `${svPlace(from)}–${end}`;
  } else body = `${svPlace(from)}${consecutive(from.paragraph, to.paragraph) ? ' och ' : '–'}${svPlace(to)}`;
  const word = !first ? '' : to && to.article !== from.article ? 'artiklarna ' : 'artikel ';
  return `${word}${body}${ref.act === 'GDPR' ? ' i dataskyddsförordningen' : ''}`;
}

function svAnnex(ref: Extract<CiteRef, { kind: 'annex' }>): string {
  let s = `bilaga ${ref.annex}`;
  if (ref.section) s += ` avsnitt ${ref.section}`;
  if (ref.point && ref.toPoint) s += ` punkterna ${ref.point}${consecutive(ref.point, ref.toPoint) ? ' och ' : '–'}${ref.toPoint}`;
  else if (ref.point) s += ` punkt ${ref.point}`;
  if (ref.letter) s += ` ${ref.letter}`;
  return s;
}

function dePlace(p: ArticlePlace): string {
  let s = '';
  if (p.paragraph) s += ` Abs. ${p.paragraph}`;
  if (p.subparagraph) s += ` Unterabs. ${p.subparagraph}`;
  if (p.point) s += ` Buchst. ${p.point}`;
  if (p.subpoint) s += ` Ziff. ${p.subpoint}`;
  return s;
}

function deArticle(ref: Extract<CiteRef, { kind: 'article' }>): string {
  const { from, to } = ref;
  let s: string;
  if (!to) s = `Art. ${from.article}${dePlace(from)}`;
  else if (to.article !== from.article) s = `Art. ${from.article} bis ${to.article}`;
  else if (to.point !== from.point || to.subpoint !== from.subpoint) s = `Art. ${from.article}${dePlace(from)} bis ${to.subpoint ?? to.point}`;
  else s = `Art. ${from.article}${dePlace(from)}${consecutive(from.paragraph, to.paragraph) ? ' und ' : ' bis '}${to.paragraph}`;
  return `${s}${ref.act === 'GDPR' ? ' DSGVO' : ''}`;
}

function deAnnex(ref: Extract<CiteRef, { kind: 'annex' }>): string {
  let s = `Anhang ${ref.annex}`;
  if (ref.section) s += ` Abschnitt ${ref.section}`;
  if (ref.point && ref.toPoint) s += ` Nummern ${ref.point}${consecutive(ref.point, ref.toPoint) ? ' und ' : ' bis '}${ref.toPoint}`;
  else if (ref.point) s += ` Nummer ${ref.point}`;
  if (ref.letter) s += ` Buchstabe ${ref.letter}`;
  return s;
}

function sv(parts: CiteParts): string {
  const text = parts.refs
    .map((ref, i) => (ref.kind === 'article' ? svArticle(ref, i === 0 || parts.refs[i - 1]?.kind !== 'article') : ref.kind === 'annex' ? svAnnex(ref) : ref.kind === 'recital' ? `skäl ${ref.number}` : ref.title))
    .join(' och ');
  return parts.amended ? `${text} i ändrad lydelse` : text;
}

function de(parts: CiteParts): string {
  const text = parts.refs
    .map((ref) => (ref.kind === 'article' ? deArticle(ref) : ref.kind === 'annex' ? deAnnex(ref) : ref.kind === 'recital' ? `Erwägungsgrund ${ref.number}` : ref.title))
    .join(' und ');
  return parts.amended ? `${text} in geänderter Fassung` : text;
}

function lang(locale: string): Lang {
  const l = locale.toLowerCase().split('-')[0];
  return l === 'sv' || l === 'de' ? l : 'en';
}

/** One citation in the reader's language. */
export function formatCite(cite: string, locale: string): string {
  const l = lang(locale);
  if (l === 'en') return cite;
  const parts = parseCite(cite);
  if (!parts) return cite;
  return l === 'sv' ? sv(parts) : de(parts);
}

/** A list of citations, each once, joined with "; ". */
export function formatCites(list: readonly { cite: string }[], locale: string): string {
  return [...new Set(list.map((c) => formatCite(c.cite, locale)))].join('; ');
}
