/**
 * Recognises files that are plainly not assessment files (a PDF, a Word or zip
 * file, an image) and text in an encoding other than UTF-8, so the user is told
 * that in plain words rather than with a JSON parser's complaint. The text is
 * as the browser read it, decoded as UTF-8.
 */
const SIGNATURES: [string, string][] = [
  ['%PDF-', 'a PDF document'],
  ['PK\u0003\u0004', 'a zip archive or an office document (such as Word or Excel)'],
  ['\uFFFDPNG', 'a PNG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['\uFFFD\uFFFD\uFFFD', 'a binary file'],
];
const NUL = String.fromCharCode(0);

/** A plain-language message when the text is not an assessment file at all, or null. */
export function notAnAssessmentFile(text: string): string | null {
  for (const [signature, kind] of SIGNATURES) {
    if (text.startsWith(signature)) return `this is not an assessment file: it looks like ${kind}. Choose the .json file you downloaded from this tool`;
  }
  const head = text.slice(0, 200);
  const nul = head.split(NUL).length - 1;
  if (nul > 0 && nul >= head.length / 4) {
    return 'this file is saved in the UTF-16 text encoding; an assessment file is UTF-8. Save it again as UTF-8, or download it from this tool again';
  }
  if (nul > 0) return 'this is not an assessment file: it holds binary data. Choose the .json file you downloaded from this tool';
  const replaced = (head.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && !/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) {
    return 'this is not an assessment file: it is not UTF-8 text. Choose the .json file you downloaded from this tool';
  }
  if (text.includes('\uFFFD')) {
    return 'this file is not saved as UTF-8 text (it may be in Windows-1252 or ISO 8859-1, as some editors save it); save it again as UTF-8';
  }
  return null;
}
