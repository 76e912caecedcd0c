/**
 * The bytes of a chosen file as text, the same in the browser and the CLI:
 * a byte-order mark picks UTF-8, UTF-16LE or UTF-16BE; without one the file
 * must be valid UTF-8. A file that is not (an export re-saved by an old editor)
 * is read as Windows-1252 with a warning, never with silent "�" characters.
 */
export type FileText = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

const decode = (label: string, bytes: Uint8Array, fatal: boolean) => new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);

export function decodeFileBytes(bytes: Uint8Array): FileText {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return { ok: true, text: decode('utf-8', bytes, true), warnings: [] };
    if (a === 0xff && b === 0xfe) return { ok: true, text: decode('utf-16le', bytes, true), warnings: [] };
    if (a === 0xfe && b === 0xff) return { ok: true, text: decode('utf-16be', bytes, true), warnings: [] };
  } catch {
    return { ok: false, error: 'the file starts with a byte-order mark but its text is damaged (not valid UTF-8 or UTF-16)' };
  }
  try {
    return { ok: true, text: decode('utf-8', bytes, true), warnings: [] };
  } catch {
    /* not UTF-8: try the legacy Windows encoding below */
  }
  if (bytes.some((x) => x === 0)) return { ok: false, error: 'the file is not text (it holds zero bytes); an assessment file is UTF-8 JSON' };
  const text = decode('windows-1252', bytes, false);
  return { ok: true, text, warnings: ['the file is not UTF-8; it was read as Windows-1252 (Western European): check names and texts with accents'] };
}
