/**
 * Makes any text safe to draw: composed (NFC) so accents sit on their letters,
 * control and bidirectional-override characters removed, tabs as spaces, and characters the embedded font
 * does not have shown as U+FFFD instead of an invisible or garbled glyph.
 * Bidirectional formatting marks are dropped: the font has no right-to-left
 * script, so the text is drawn in the order it was typed (see pdf-fonts.ts).
 */
import { inFontRanges } from './fonts/font-ranges.ts';

/** Bidirectional embeddings, overrides, isolates and marks: the PDF draws left to right, so they could only garble. */
const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;

export function safeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff || cp === 0x00ad || isBidiControl(cp)) continue;
    else out += inFontRanges(cp) ? ch : '\uFFFD';
  }
  return out;
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
