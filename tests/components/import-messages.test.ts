import { describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { euAiAct } from '../engine/load.ts';

const q = euAiAct();
const errorsOf = (text: string) => {
  const result = parseAssessmentFile(text, q);
  return result.ok ? [] : result.errors;
};
/** Bytes as the browser's File.text() gives them: decoded as UTF-8. */
const asRead = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('import messages in plain language', () => {
  it('says a PDF, an office document or an image is not an assessment file', () => {
    expect(errorsOf(asRead(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toEqual([expect.stringMatching(/^this is not an assessment file: it looks like a PDF document/)]);
    expect(errorsOf(asRead(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0])))).toEqual([expect.stringMatching(/not an assessment file: it looks like a zip archive or an office document/)]);
    expect(errorsOf(asRead(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])))).toEqual([expect.stringMatching(/it looks like a PNG image/)]);
  });

  it('names a UTF-16 text encoding', () => {
    const json = JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, answers: {} });
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) utf16[2 + i * 2] = json.charCodeAt(i);
    expect(errorsOf(asRead(utf16))).toEqual([expect.stringMatching(/UTF-16 text encoding; an assessment file is UTF-8/)]);
  });

  it('names a text encoding other than UTF-8', () => {
    const latin1 = Uint8Array.from('{"format": "eu-ai-act-assessment", "answers": {"system.name": "Sk\u00e5ne"}}', (c) => c.charCodeAt(0));
    expect(errorsOf(asRead(latin1))).toEqual([expect.stringMatching(/not saved as UTF-8 text \(it may be in Windows-1252 or ISO 8859-1/)]);
  });

  it('leaves an assessment file and a broken JSON file to the parser', () => {
    expect(errorsOf('{"format": "eu-ai-act-assessment", "answers": {')[0]).toMatch(/JSON/);
  });
});
