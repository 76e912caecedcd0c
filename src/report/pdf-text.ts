/**
 * Makes any text safe to draw: composed (NFC) so accents sit on their letters,
 * control and bidirectional characters removed, tabs as spaces, and characters the embedded font
 * does not have written as their code ("[U+4E2D]") instead of an invisible,
 * garbled or "�" glyph; the report then says which codes stand for text.
 * Bidirectional formatting marks are dropped: the font has no right-to-left
 * script, so the text is drawn in the order it was typed (see pdf-fonts.ts).
 */
import { inFontRanges } from './fonts/font-ranges.ts';

/** Whether the font has a glyph for a code point. */
export type HasGlyph = (codePoint: number) => boolean;

/** "U+4E2D", "U+1F916". */
export const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Bidirectional embeddings, overrides, isolates and marks: the PDF draws left to right, so they could only garble. */
const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;

const skipped = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff || cp === 0x00ad || isBidiControl(cp);

export function safeText(text: string, has: HasGlyph = inFontRanges): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (skipped(cp)) continue;
    else out += has(cp) ? ch : `[${codeOf(cp)}]`;
  }
  return out;
}

/** The code points in `texts` the font lacks, in order, each once. */
export function missingGlyphs(texts: Iterable<string>, has: HasGlyph): number[] {
  const found = new Set<number>();
  for (const text of texts) for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (ch !== '\n' && !skipped(cp) && !has(cp)) found.add(cp);
  }
  return [...found].sort((a, b) => a - b);
}

/** Every string inside a value (the report model is plain data). */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/** Cuts a one-line text to fit, ending it with an ellipsis. */
export function fitText(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${text.slice(0, mid)}…`)) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** safeText on one line: line breaks become spaces (footers, contents entries, document properties). */
export function safeLine(text: string): string {
  return safeText(text).replace(/\n+/g, ' ');
}
