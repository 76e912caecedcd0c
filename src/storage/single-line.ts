/**
 * Single-line text (a system name, an organisation) must stay one line without
 * control characters: a newline or an escape code in a supplier's file could
 * otherwise forge a line of the CLI's output or push the PDF footer off the page.
 * Line breaks and tabs become one space; other control characters are removed.
 */
// C0 and C1 control characters and DEL; line breaks and tabs are handled first.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;

export function normaliseSingleLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROL, '');
}

/** Control characters other than line breaks and tabs, which a multi-line text may hold. */
export function normaliseMultiLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}

/** A text answer as it is kept: single-line questions on one line, no control characters in any. */
export function normaliseTextAnswer<T>(type: string, value: T): T {
  if (typeof value !== 'string') return value;
  return (type === 'text' ? normaliseSingleLine(value) : type === 'longtext' ? normaliseMultiLine(value) : value) as T;
}
