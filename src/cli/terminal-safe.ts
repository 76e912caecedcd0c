/**
 * What the CLI prints is safe for a terminal: text from a file (a system name
 * from a supplier) can carry escape codes, carriage returns or bidirectional
 * overrides that would draw a fake line or hide a real one. Those characters are
 * shown as visible escapes instead.
 */
// C0 (except the line feeds the CLI writes itself), DEL, C1, and the bidi and line-separator controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

/** The whole output: every control character but the line feed made visible. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One value from a file on one line: line feeds made visible too. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_OR_NEWLINE, visible);
}

/** JSON for a terminal: the same data, with the characters above as \u escapes (still valid JSON). */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_OR_NEWLINE, (ch) => (ch === '\n' ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`));
}
