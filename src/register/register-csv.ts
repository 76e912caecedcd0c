/**
 * The register as CSV (RFC 4180: comma-separated, quoted where needed, CRLF),
 * with a byte-order mark so spreadsheet programs read it as UTF-8. A cell that
 * a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the
 * start) is written with a leading apostrophe.
 */
import { cellText, REGISTER_COLUMNS, type Cell } from './register-columns.ts';
import type { RegisterRow } from './register-rows.ts';

export function csvCell(cell: Cell): string {
  let text = cellText(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function registerCsv(rows: readonly RegisterRow[]): string {
  const lines = [REGISTER_COLUMNS.map((c) => c.id).join(',')];
  for (const row of rows) lines.push(REGISTER_COLUMNS.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
