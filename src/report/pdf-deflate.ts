/**
 * The compression of the PDF's streams. jsPDF compresses each stream with
 * fflate at its default level (6) and turns the bytes back into a string one
 * character at a time. Here the same fflate compresses at the report's own
 * level (REPORT_DEFLATE in render-pdf.ts), and the string is made a block at a
 * time. At level 6 the bytes are jsPDF's own; at any level every stream
 * inflates to the same contents (tests/report/pdf-deflate.test.ts).
 */
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';

type Processed = { data: string; reverseChain: string };
type Process = (data: string, filters?: string[] | string) => Processed;

/** fflate's levels run from 0 (store) to 9 (smallest). */
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const BLOCK = 8192;

function textOf(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += BLOCK) text += String.fromCharCode(...bytes.subarray(i, i + BLOCK));
  return text;
}

/** Runs `draw` with every stream jsPDF compresses deflated at `level`. */
export function withDeflate<T>(level: DeflateLevel, draw: () => T): T {
  const api = jsPDF.API as unknown as { processDataByFilters?: Process };
  const original = api.processDataByFilters;
  if (!original) return draw();
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
    if (chain.length !== 1 || (chain[0] !== 'FlateEncode' && chain[0] !== '/FlateEncode')) return original(data, filters);
    return { data: textOf(zlibSync(bytesOf(data || ''), { level })), reverseChain: '/FlateDecode' };
  };
  try {
    return draw();
  } finally {
    api.processDataByFilters = original;
  }
}
