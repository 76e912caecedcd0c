/** Sorting, filtering and searching the register's rows (pure; the page and its bench use it). */
import type { Role, Tier } from '../questionnaire/schema.ts';
import type { RegisterRow } from './register-rows.ts';

export interface RegisterFilter {
  tier?: Tier | '';
  role?: Role | '';
  status?: 'draft' | 'final' | '';
  /** Only rows with a next deadline on or before this ISO date. */
  deadlineBefore?: string;
  /** Words to find in the name, organisation, unit or supplier. */
  search?: string;
  /** Only rows saved under an older questionnaire version. */
  outdated?: boolean;
}

export type SortKey = 'name' | 'tier' | 'nextDeadline' | 'openPoints' | 'lastChanged' | 'status';

const TIER_RANK: Record<Tier, number> = { unacceptable: 0, high: 1, 'gpai-model': 2, limited: 3, minimal: 4, 'out-of-scope': 5, 'not-ai-system': 6 };

function matches(row: RegisterRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${row.name} ${row.organisation} ${row.unit} ${row.supplier}`.toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

export function filterRows(rows: readonly RegisterRow[], filter: RegisterFilter): RegisterRow[] {
  const words = (filter.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!filter.tier || r.tier === filter.tier) &&
      (!filter.role || r.roles.includes(filter.role)) &&
      (!filter.status || r.status === filter.status) &&
      (!filter.deadlineBefore || (r.nextDeadline !== null && r.nextDeadline.date <= filter.deadlineBefore)) &&
      (!filter.outdated || r.outdated) &&
      matches(r, words),
  );
}

function compare(a: RegisterRow, b: RegisterRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name);
    case 'tier':
      return TIER_RANK[a.tier] - TIER_RANK[b.tier] || Number(b.provisional) - Number(a.provisional);
    case 'nextDeadline':
      return (a.nextDeadline?.date ?? '9999').localeCompare(b.nextDeadline?.date ?? '9999');
    case 'openPoints':
      return b.openPoints - a.openPoints;
    case 'lastChanged':
      return b.lastChanged.localeCompare(a.lastChanged);
    case 'status':
      return a.status.localeCompare(b.status);
  }
}

export function sortRows(rows: readonly RegisterRow[], key: SortKey, descending = false): RegisterRow[] {
  const sorted = rows.map((r, i) => ({ r, i }));
  sorted.sort((x, y) => (descending ? -1 : 1) * compare(x.r, y.r, key) || x.i - y.i);
  return sorted.map((x) => x.r);
}
