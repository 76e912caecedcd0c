/**
 * The register's columns, once: the CSV, the spreadsheet and the CLI's folder
 * mode write these, in this order. Documented in src/register/README.md.
 */
import type { RegisterRow } from './register-rows.ts';

export type Cell = string | number | boolean | null;

export interface RegisterColumn {
  /** Stable column name (the CSV header). */
  id: string;
  value: (row: RegisterRow) => Cell;
}

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { id: 'id', value: (r) => r.id },
  { id: 'name', value: (r) => r.name },
  { id: 'organisation', value: (r) => r.organisation },
  { id: 'unit', value: (r) => r.unit },
  { id: 'supplier', value: (r) => r.supplier },
  { id: 'roles', value: (r) => r.roles.join(' ') },
  { id: 'tier', value: (r) => r.tier },
  { id: 'tier_title', value: (r) => r.tierTitle },
  { id: 'provisional', value: (r) => r.provisional },
  { id: 'complete', value: (r) => r.complete },
  { id: 'next_deadline', value: (r) => r.nextDeadline?.date ?? null },
  { id: 'next_deadline_duties', value: (r) => r.nextDeadline?.obligations.length ?? 0 },
  { id: 'duties_applying', value: (r) => r.applying },
  { id: 'open_points', value: (r) => r.openPoints },
  { id: 'status', value: (r) => r.status },
  { id: 'questionnaire_version', value: (r) => r.questionnaireVersion },
  { id: 'outdated', value: (r) => r.outdated },
  { id: 'last_changed', value: (r) => r.lastChanged },
];

/** A cell as text for a CSV or a spreadsheet shown to people. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return String(cell);
}
