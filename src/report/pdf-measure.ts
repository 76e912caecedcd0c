/**
 * Text measuring for one document, with each result kept: jsPDF measures a text
 * character by character (a glyph lookup and a width lookup for each) on every
 * call, and the report measures the same words many times over (to lay a block
 * out, to keep it with the next one, in the table's cells, again in autoTable).
 *
 * `measureOnce(doc)` gives the document its own `splitTextToSize` and
 * `getStringUnitWidth`: the same arithmetic as jsPDF's (the same widths, summed
 * in the same order, so the same lines and the same bytes; see
 * tests/report/pdf-setup.test.ts), with the width of each character, of each
 * word and of each whole call kept per font. Calls with options the report
 * never uses (indents, character spacing, another font) go to jsPDF's own.
 */
import type { jsPDF } from 'jspdf';

interface Metrics {
  widthOfString?: unknown;
  widthOfGlyph(glyph: number): number;
  characterToGlyph(code: number): number;
}
interface Font {
  id: string;
  metadata: Metrics;
}
interface Internal {
  getFont(): Font;
  getFontSize(): number;
  getCharSpace(): number;
  scaleFactor: number;
}
type Split = (text: string | string[], maxlen: number, options?: Record<string, unknown>) => string[];
type UnitWidth = (text: string, options?: Record<string, unknown>) => number;

/** Widths of one font in its units of 1/1000 of the size, kept per character and per word. */
class FontWidths {
  private readonly chars = new Map<number, number>();
  private readonly words = new Map<string, number>();
  readonly space: number;

  constructor(private readonly metrics: Metrics) {
    this.space = this.char(32);
  }

  /** As jsPDF's getCharWidthsArray has it for a TrueType font without character spacing. */
  char(code: number): number {
    let width = this.chars.get(code);
    if (width === undefined) {
      width = (this.metrics.widthOfGlyph(this.metrics.characterToGlyph(code)) || 0) / 1000;
      this.chars.set(code, width);
    }
    return width;
  }

  charWidths(word: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < word.length; i++) out.push(this.char(word.charCodeAt(i)));
    return out;
  }

  /** The sum of the word's character widths, added from the first as jsPDF adds them. */
  word(word: string): number {
    let width = this.words.get(word);
    if (width === undefined) {
      width = 0;
      for (let i = 0; i < word.length; i++) width += this.char(word.charCodeAt(i));
      this.words.set(word, width);
    }
    return width;
  }
}

/** jsPDF's splitLongWord: a word wider than a line, cut where the width runs out. */
function splitLongWord(word: string, widths: number[], firstLineMaxLen: number, maxLen: number): string[] {
  const answer: string[] = [];
  let i = 0;
  const l = word.length;
  let workingLen = 0;
  while (i !== l && workingLen + widths[i]! < firstLineMaxLen) {
    workingLen += widths[i]!;
    i++;
  }
  answer.push(word.slice(0, i));
  let startOfLine = i;
  workingLen = 0;
  while (i !== l) {
    if (workingLen + widths[i]! > maxLen) {
      answer.push(word.slice(startOfLine, i));
      workingLen = 0;
      startOfLine = i;
    }
    workingLen += widths[i]!;
    i++;
  }
  if (startOfLine !== i) answer.push(word.slice(startOfLine, i));
  return answer;
}

/** jsPDF's splitParagraphIntoLines without indents: words added to a line while they fit. */
function splitParagraph(text: string, maxlen: number, font: FontWidths): string[] {
  let line: (string | undefined)[] = [];
  const lines = [line];
  let lineLength = 0;
  let separatorLength = 0;
  for (const word of text.split(' ')) {
    let wordLength = font.word(word);
    if (lineLength + separatorLength + wordLength > maxlen) {
      if (wordLength > maxlen) {
        const widths = font.charWidths(word);
        const tmp = splitLongWord(word, widths, maxlen - (lineLength + separatorLength), maxlen);
        line.push(tmp.shift());
        line = [tmp.pop()];
        while (tmp.length) lines.push([tmp.shift()]);
        wordLength = widths.slice(word.length - (line[0] ? line[0].length : 0)).reduce((a, b) => a + b, 0);
      } else {
        line = [word];
      }
      lines.push(line);
      lineLength = wordLength;
      separatorLength = font.space;
    } else {
      line.push(word);
      lineLength += separatorLength + wordLength;
      separatorLength = font.space;
    }
  }
  return lines.map((l) => l.join(' '));
}

/** Whether a call's options are only those the kept measuring handles. */
const plainOptions = (options: Record<string, unknown> | undefined, allowed: readonly string[]) =>
  !options || Object.entries(options).every(([key, value]) => value === undefined || allowed.includes(key));

/** Gives `doc` measuring that keeps its results (see above). */
export function measureOnce(doc: jsPDF): void {
  const target = doc as unknown as { splitTextToSize: Split; getStringUnitWidth: UnitWidth; internal: Internal };
  const internal = target.internal;
  const ownSplit = target.splitTextToSize;
  const ownUnitWidth = target.getStringUnitWidth;
  const fonts = new Map<string, FontWidths>();
  const splits = new Map<string, string[]>();
  const unitWidths = new Map<string, number>();

  const widthsOf = (font: Font): FontWidths | null => {
    if (typeof font.metadata.widthOfString !== 'function') return null;
    let widths = fonts.get(font.id);
    if (!widths) {
      widths = new FontWidths(font.metadata);
      fonts.set(font.id, widths);
    }
    return widths;
  };

  target.splitTextToSize = function (text, maxlen, options) {
    const font = widthsOf(internal.getFont());
    if (!font || internal.getCharSpace() || !plainOptions(options, ['fontSize'])) return ownSplit.call(this, text, maxlen, options);
    const size = (options?.fontSize as number | undefined) || internal.getFontSize();
    const paragraphs = Array.isArray(text) ? text : String(text).split(/\r?\n/);
    const key = `${internal.getFont().id}|${size}|${maxlen}|${Array.isArray(text) ? `${text.length} lines` : 'text'}|${paragraphs.join('\u0000')}`;
    let lines = splits.get(key);
    if (!lines) {
      const fontUnitMaxLen = (1 * internal.scaleFactor * maxlen) / size;
      lines = paragraphs.flatMap((p) => splitParagraph(p, fontUnitMaxLen, font));
      splits.set(key, lines);
    }
    // Callers may change the array they get (autoTable splits a row over pages).
    return lines.slice();
  };

  target.getStringUnitWidth = function (text, options) {
    const font = internal.getFont();
    if (typeof font.metadata.widthOfString !== 'function' || !plainOptions(options, [])) return ownUnitWidth.call(this, text, options);
    const key = `${font.id}|${internal.getFontSize()}|${internal.getCharSpace()}|${text}`;
    let width = unitWidths.get(key);
    if (width === undefined) {
      width = ownUnitWidth.call(this, text, options);
      unitWidths.set(key, width);
    }
    return width;
  };
}
