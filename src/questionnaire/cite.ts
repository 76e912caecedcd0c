/**
 * Citations as structure. The questionnaire writes each citation once, in the
 * English short form ("Art 6(2)", "Annex III 1(a)", "Recital 96", "GDPR Art 35");
 * parseCite() reads that form into its parts (article, paragraph, point,
 * subpoint, subparagraph, annex, section, recital, other act) so that each
 * language can print it in its own official style (src/i18n/cite-format.ts).
 */

/** One place in an article: "Art 5(1)(h)" is { article: '5', paragraph: '1', point: 'h' }. */
export interface ArticlePlace {
  article: string;
  paragraph?: string;
  point?: string;
  /** A point inside a point: "Art 113(c)(i)". */
  subpoint?: string;
  /** 1 for "first subparagraph", 2 for "second" … */
  subparagraph?: number;
}

export type CiteRef =
  /** An article or a range of one ("Art 5(2)–(7)", "Arts 102–112"); `act` is another act than the AI Act. */
  | { kind: 'article'; act?: 'GDPR'; from: ArticlePlace; to?: ArticlePlace }
  | { kind: 'annex'; annex: string; section?: string; point?: string; letter?: string; toPoint?: string }
  | { kind: 'recital'; number: string }
  /** A document cited by its title (Commission guidelines, model clauses): printed as written. */
  | { kind: 'document'; title: string };

export interface CiteParts {
  /** Usually one; "Art 5(1)(h) and 5(2)–(7)" has two. */
  refs: CiteRef[];
  /** "… as amended": the text as changed by an amending act. */
  amended: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const DOCUMENT = /^(Commission|EU model|Council|Regulation|Directive)\b/;

/** "(1)(h)" → ['1', 'h']; null when anything else is in the way. */
function groups(text: string): string[] | null {
  if (text === '') return [];
  const found = [...text.matchAll(/\(([0-9]+[a-z]?|[a-z]{1,3})\)/g)];
  if (found.map((m) => m[0]).join('') !== text) return null;
  return found.map((m) => m[1]!);
}

/** Puts the bracketed groups after an article number in their places: a number is a paragraph, a letter a point, then a subpoint. */
function place(article: string, parts: string[]): ArticlePlace | null {
  const out: ArticlePlace = { article };
  let level: 'paragraph' | 'point' | 'subpoint' = /^\d/.test(parts[0] ?? '') ? 'paragraph' : 'point';
  for (const p of parts) {
    if (level === 'paragraph') {
      if (!/^\d/.test(p)) return null;
      out.paragraph = p;
      level = 'point';
    } else if (level === 'point') {
      if (/^\d/.test(p)) return null;
      out.point = p;
      level = 'subpoint';
    } else {
      if (out.subpoint || /^\d/.test(p)) return null;
      out.subpoint = p;
    }
  }
  return out;
}

/** The end of a range replaces the last level(s) of its start: "(1)(a)–(f)" ends at (1)(f). */
function rangeEnd(from: ArticlePlace, end: string): ArticlePlace | null {
  if (/^\d+[a-z]?$/.test(end)) return from.paragraph === undefined ? { article: end } : null;
  const parts = groups(end);
  if (!parts || parts.length !== 1) return null;
  const to = { ...from };
  if (from.subpoint !== undefined) to.subpoint = parts[0]!;
  else if (from.point !== undefined) to.point = parts[0]!;
  else if (from.paragraph !== undefined) to.paragraph = parts[0]!;
  else return null;
  return to;
}

const ARTICLE_PIECE = /^(\d+[a-z]?)((?:\([0-9a-z]+\))*)(?:–(\d+[a-z]?|\([0-9a-z]+\)))?(?: (first|second|third|fourth|fifth) subparagraph)?$/;

function articleRef(piece: string, act: 'GDPR' | undefined): CiteRef | null {
  const m = ARTICLE_PIECE.exec(piece);
  if (!m) return null;
  const parts = groups(m[2]!);
  if (!parts) return null;
  const from = place(m[1]!, parts);
  if (!from) return null;
  if (m[4]) from.subparagraph = ORDINALS.indexOf(m[4]) + 1;
  const ref: CiteRef = { kind: 'article', from, ...(act ? { act } : {}) };
  if (m[3]) {
    const to = rangeEnd(from, m[3]);
    if (!to) return null;
    ref.to = to;
  }
  return ref;
}

const ANNEX = /^Annex ([IVXL]+)(?: Section ([A-Z]))?(?: (?:(?:point|points) )?(\d+)(?:\(([a-z])\))?(?:–(\d+))?)?$/;

function annexRef(text: string): CiteRef | null {
  const m = ANNEX.exec(text);
  if (!m) return null;
  const ref: CiteRef = { kind: 'annex', annex: m[1]! };
  if (m[2]) ref.section = m[2];
  if (m[3]) ref.point = m[3];
  if (m[4]) ref.letter = m[4];
  if (m[5]) ref.toPoint = m[5];
  return ref;
}

/** The parts of a citation, or null when the text is not in a form this parser knows. */
export function parseCite(cite: string): CiteParts | null {
  let text = cite.trim().replace(/\s+/g, ' ').replace(/[-‒—]/g, (d) => (d === '-' ? d : '–'));
  const amended = / as amended$/.test(text);
  if (amended) text = text.replace(/ as amended$/, '');
  if (DOCUMENT.test(text)) return { refs: [{ kind: 'document', title: text }], amended };
  const recital = /^Recital (\d+)$/.exec(text);
  if (recital) return { refs: [{ kind: 'recital', number: recital[1]! }], amended };
  if (text.startsWith('Annex ')) {
    const ref = annexRef(text);
    return ref ? { refs: [ref], amended } : null;
  }
  const article = /^(GDPR )?Arts? (.+)$/.exec(text);
  if (!article) return null;
  const act = article[1] ? 'GDPR' : undefined;
  const refs: CiteRef[] = [];
  for (const piece of article[2]!.split(' and ')) {
    const ref = articleRef(piece, act);
    if (!ref) return null;
    refs.push(ref);
  }
  return { refs, amended };
}

/** A JSON.stringify replacer giving every citation ({ cite, ref? }) its `parts` beside the text. */
export function withCiteParts(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { cite?: unknown }).cite === 'string') {
    const keys = Object.keys(value);
    if (keys.every((k) => k === 'cite' || k === 'ref')) return { ...value, parts: parseCite((value as { cite: string }).cite) };
  }
  return value;
}
