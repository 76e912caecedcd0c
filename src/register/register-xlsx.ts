/**
 * The register as a spreadsheet (.xlsx), written with write-excel-file: one
 * sheet of systems with the same columns as the CSV (header row frozen, dates
 * as dates), and one sheet of what falls due when across all systems. Loaded
 * lazily: nothing of it is on the start page.
 */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/universal';
import { REGISTER_COLUMNS, cellText } from './register-columns.ts';
import { dueDates, type RegisterRow } from './register-rows.ts';

const HEADER = { fontWeight: 'bold' as const, backgroundColor: '#E8EEF4' };

function systemsSheet(rows: readonly RegisterRow[]): SheetData {
  const header: Row = REGISTER_COLUMNS.map((c) => ({ value: c.id, ...HEADER }));
  const body: Row[] = rows.map((row) =>
    REGISTER_COLUMNS.map((c) => {
      const cell = c.value(row);
      if (cell === null) return null;
      if (typeof cell === 'number') return { value: cell, type: Number };
      if ((c.id === 'next_deadline' || c.id === 'last_changed') && typeof cell === 'string' && cell !== '') {
        return { value: new Date(cell.length === 10 ? `${cell}T00:00:00Z` : cell), type: Date, format: c.id === 'next_deadline' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
      }
      return { value: cellText(cell), type: String };
    }),
  );
  return [header, ...body];
}

function dueSheet(rows: readonly RegisterRow[]): SheetData {
  const header: Row = ['date', 'days', 'id', 'name', 'tier', 'obligations'].map((value) => ({ value, ...HEADER }));
  const body: Row[] = dueDates(rows).flatMap((due) =>
    due.systems.map((s) => [
      { value: new Date(`${due.date}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' },
      { value: due.days, type: Number },
      { value: s.id, type: String },
      { value: s.name, type: String },
      { value: s.tier, type: String },
      { value: s.obligations.join(' '), type: String },
    ]),
  );
  return [header, ...body];
}

/** The spreadsheet's bytes. `sheetNames` are the two sheets' names in the user's language. */
export async function registerXlsx(rows: readonly RegisterRow[], sheetNames: { systems: string; due: string }): Promise<Uint8Array> {
  const blob = await writeXlsxFile([
    { data: systemsSheet(rows), sheet: sheetNames.systems, stickyRowsCount: 1 },
    { data: dueSheet(rows), sheet: sheetNames.due, stickyRowsCount: 1 },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
