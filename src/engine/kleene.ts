/**
 * Three-valued logic. An "I don't know" answer makes a condition neither true nor
 * false but unknown, and the unknown travels through all / any / not (Kleene's
 * strong logic). Each value carries `why`: the question ids whose answers decided it.
 */
export type Truth = 'T' | 'F' | 'U';

export interface Val {
  v: Truth;
  why: readonly string[];
}

export const FALSE: Val = { v: 'F', why: [] };

function union(vals: readonly Val[]): string[] {
  const out = new Set<string>();
  for (const val of vals) for (const id of val.why) out.add(id);
  return [...out];
}

export function all(vals: readonly Val[]): Val {
  const f = vals.find((x) => x.v === 'F');
  if (f) return f;
  return { v: vals.some((x) => x.v === 'U') ? 'U' : 'T', why: union(vals) };
}

export function any(vals: readonly Val[]): Val {
  const t = vals.filter((x) => x.v === 'T');
  if (t.length > 0) return { v: 'T', why: union(t) };
  const u = vals.filter((x) => x.v === 'U');
  if (u.length > 0) return { v: 'U', why: union(u) };
  return { v: 'F', why: union(vals) };
}

export function not(val: Val): Val {
  return { v: val.v === 'T' ? 'F' : val.v === 'F' ? 'T' : 'U', why: val.why };
}

/** Does something hold, for a rule that applies (or not) when uncertain? */
export function holds(val: Val, onUnknown: 'applies' | 'does-not-apply'): boolean {
  return val.v === 'T' || (val.v === 'U' && onUnknown === 'applies');
}
