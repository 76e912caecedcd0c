/**
 * The Unicode ranges kept in the report's subset of DejaVu Sans: every script of
 * the EU's official languages (Latin with all its extensions, monotonic Greek, Cyrillic)
 * plus punctuation, currency, arrows, maths and the symbols the report draws.
 * Text outside them is shown as U+FFFD (see render-text.ts).
 */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // Spacing modifier letters
  [0x0300, 0x036f], // Combining diacritical marks
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x04ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // General punctuation
  [0x2070, 0x209f], // Superscripts and subscripts
  [0x20a0, 0x20cf], // Currency symbols
  [0x2100, 0x218f], // Letterlike symbols, number forms
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical operators
  [0x25a0, 0x25ff], // Geometric shapes
  [0x2610, 0x2612], // Ballot boxes
  [0x2713, 0x2714], // Check marks
  [0xfffd, 0xfffd], // Replacement character
];

export function inFontRanges(codePoint: number): boolean {
  return FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
