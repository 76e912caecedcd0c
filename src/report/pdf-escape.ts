/**
 * Writing text in the embedded fonts' glyph codes, each character looked up once
 * per document.
 *
 * For a Unicode (Identity-H) font jsPDF writes every character of every text as
 * its glyph number in hex, and on the way records the glyph for the font subset,
 * for the text layer (ToUnicode) and for the widths table: a character map
 * lookup, a glyph lookup and a search through the widths recorded so far, for
 * each character drawn. `escapeOnce(doc)` puts in its place a handler that does
 * the same per character from a table it fills as it goes. It writes the same
 * codes and records the same glyphs, text-layer entries and widths in the same
 * order, so the file is the same byte for byte (tests/report/pdf-setup.test.ts).
 * Anything but a string or [text, x, y] in an Identity-H font goes to jsPDF's own.
 */
import type { jsPDF } from 'jspdf';

interface Metrics {
  cmap: { unicode: { codeMap: Record<number, number | undefined> } };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  Unicode: { widths: (number | number[])[] };
  widthOfGlyph(glyph: number): number;
}
interface Font {
  encoding: string;
  metadata: Metrics;
}
interface Payload {
  text: unknown;
  mutex: { activeFontKey: string; fonts: Record<string, Font>; isHex?: boolean };
}
type Handler = (payload: Payload) => void;
type Topics = Record<string, Record<string, [Handler, boolean]>>;

const HEX = ['', '0', '00', '000', '0000'];

/** One font's glyph codes in one document. */
class GlyphCodes {
  /** Per character code: its glyph's four hex digits, or "" before it is first seen. */
  private readonly hex: string[] = [];
  private readonly glyph: number[] = [];
  private readonly used = new Set<number>();
  private readonly ownUnicode: boolean;

  constructor(private readonly metrics: Metrics) {
    this.ownUnicode = Object.hasOwn(metrics, 'Unicode');
  }

  /** Records the glyph as jsPDF's pdfEscape16 does: for the subset, once in the widths table, for the text layer. */
  private record(code: number, glyph: number): void {
    const m = this.metrics;
    if (!this.used.has(glyph)) {
      this.used.add(glyph);
      m.glyIdsUsed.push(glyph);
      const widths = m.Unicode.widths;
      if (widths.indexOf(glyph) === -1) widths.push(glyph, [parseInt(String(m.widthOfGlyph(glyph)), 10)]);
    }
    m.toUnicode[glyph] = code;
  }

  /** jsPDF's utf8TextFunction and pdfEscape16 for one string. */
  escape(text: string): string {
    const codeMap = this.metrics.cmap.unicode.codeMap;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let hex = this.hex[code];
      if (hex === undefined) {
        const glyph = codeMap[code] || 0;
        this.glyph[code] = glyph;
        hex = glyph ? (HEX[4 - glyph.toString(16).length] ?? '') + glyph.toString(16) : '';
        this.hex[code] = hex;
      }
      const glyph = this.glyph[code]!;
      if (glyph) {
        this.record(code, glyph);
        out += hex;
      } else if (code < 256 && this.ownUnicode) {
        // jsPDF keeps such a character, finds no glyph for it and ends the text there.
        this.record(code, 0);
        return out;
      }
    }
    return out;
  }
}

/** Replaces, for this document, jsPDF's handler that writes text as glyph codes. */
export function escapeOnce(doc: jsPDF): void {
  const topics = (doc.internal as unknown as { events: { getTopics(): Topics } }).events.getTopics();
  const subscribers = topics.postProcessText ?? {};
  const found = Object.entries(subscribers).filter(([, [handler]]) => {
    const source = String(handler);
    return source.includes('mutex') && !source.includes('doBidiReorder');
  });
  // Only when jsPDF's handler is found for sure: otherwise jsPDF's own stays.
  if (found.length !== 1) return;
  const [token, [own]] = found[0]!;
  const fonts = new Map<Font, GlyphCodes>();
  const codesOf = (font: Font) => {
    let codes = fonts.get(font);
    if (!codes) {
      codes = new GlyphCodes(font.metadata);
      fonts.set(font, codes);
    }
    return codes;
  };
  const handler: Handler = (payload) => {
    const { mutex } = payload;
    const font = mutex.fonts[mutex.activeFontKey]!;
    const text = payload.text || '';
    const plain = typeof text === 'string' || (Array.isArray(text) && text.length > 0 && text.every((t) => typeof t === 'string' || (Array.isArray(t) && t.length === 3 && typeof t[0] === 'string')));
    if (font.encoding !== 'Identity-H' || parseInt(mutex.activeFontKey.slice(1), 10) < 14 || !plain || !Object.hasOwn(font.metadata, 'cmap')) {
      own(payload);
      return;
    }
    const codes = codesOf(font);
    if (typeof text === 'string') payload.text = codes.escape(text);
    else payload.text = (text as (string | [string, number, number])[]).map((t) => (typeof t === 'string' ? codes.escape(t) : [codes.escape(t[0]), t[1], t[2]]));
    mutex.isHex = true;
  };
  subscribers[token] = [handler, false];
}
