/**
 * The report's fonts in jsPDF, set up once per font rather than once per export.
 *
 * jsPDF's own path (addFileToVFS with base64, addFont) decodes the file and
 * parses every TrueType table again for each document. Here each font's bytes
 * are parsed once (kept with the bytes), and each document gets a light view of
 * the parsed font with its own record of the glyphs it used, which is all that
 * jsPDF changes while it writes a document. The file bytes are not base64-encoded
 * on the way: the virtual file holds only the TrueType signature that jsPDF
 * checks for, and the parsed font is handed to addFont directly.
 *
 * The result is the same file, byte for byte, as jsPDF's own path
 * (tests/report/pdf-setup.test.ts).
 */
import { jsPDF } from 'jspdf';

export interface FontFiles {
  /** DejaVu Sans (subset), as TTF bytes. */
  regular: Uint8Array;
  bold: Uint8Array;
}

interface TTFFontStatic {
  open(file: Uint8Array): object;
}

const api = jsPDF.API as unknown as { TTFFont: TTFFontStatic };
const parsed = new WeakMap<Uint8Array, object>();
const TRUETYPE = '\x00\x01\x00\x00';

function parsedFont(bytes: Uint8Array): object {
  let font = parsed.get(bytes);
  if (!font) {
    font = api.TTFFont.open(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/** A document's own copy of a parsed font: it shares the parsed tables and records its own glyphs. */
function viewFor(font: object): object {
  // Own properties, as jsPDF checks some with hasOwnProperty.
  return Object.assign(Object.create(Object.getPrototypeOf(font) as object) as object, font, { toUnicode: {} });
}

function addFont(doc: jsPDF, file: string, bytes: Uint8Array, style: 'normal' | 'bold', family: string): void {
  const font = parsedFont(bytes);
  const open = api.TTFFont.open;
  doc.addFileToVFS(file, TRUETYPE);
  api.TTFFont.open = () => viewFor(font);
  try {
    doc.addFont(file, family, style);
  } finally {
    api.TTFFont.open = open;
  }
}

/** Parses both fonts now, if they are not parsed yet (ahead of the first export). */
export function parseReportFonts(fonts: FontFiles): void {
  parsedFont(fonts.regular);
  parsedFont(fonts.bold);
}

export function addReportFonts(doc: jsPDF, fonts: FontFiles, family: string): void {
  addFont(doc, 'DejaVuSans.ttf', fonts.regular, 'normal', family);
  addFont(doc, 'DejaVuSans-Bold.ttf', fonts.bold, 'bold', family);
}

/** jsPDF's own way, for comparison: base64 files that it decodes and parses for this document. */
export function addReportFontsAsJsPdfDoes(doc: jsPDF, fonts: FontFiles, family: string): void {
  doc.addFileToVFS('DejaVuSans.ttf', base64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', family, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', base64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', family, 'bold');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Topics = Record<string, Record<string, [unknown, boolean]>>;

/**
 * Leaves out, for this document, jsPDF's Arabic shaping and bidi reordering. The
 * report's font has neither Arabic nor Hebrew (safeText shows such text as
 * U+FFFD), so they change no byte; they cost time on every text and width call.
 * Text widths call the shaping through jsPDF.API while the document is drawn,
 * so `draw` runs with it switched off and it is put back after.
 */
export function withoutShaping<T>(doc: jsPDF, draw: () => T): T {
  const shared = jsPDF.API as unknown as { processArabic?: unknown };
  const shaping = shared.processArabic;
  const topics = (doc.internal as unknown as { events: { getTopics(): Topics } }).events.getTopics();
  for (const [topic, subscribers] of Object.entries(topics)) {
    for (const [token, [handler]] of Object.entries(subscribers)) {
      const isShaping = topic === 'preProcessText' && handler === shaping;
      const isBidi = topic === 'postProcessText' && typeof handler === 'function' && handler.toString().includes('doBidiReorder');
      if (isShaping || isBidi) delete subscribers[token];
    }
  }
  shared.processArabic = undefined;
  try {
    return draw();
  } finally {
    shared.processArabic = shaping;
  }
}
