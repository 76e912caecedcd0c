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

/** The ids of the values of truth `v` (or of all, for null), each once, in order. */
function union(vals: readonly Val[], v: Truth | null): readonly string[] {
  let only: readonly string[] | null = null;
  let out: string[] | null = null;
  for (const val of vals) {
    if ((v !== null && val.v !== v) || val.why.length === 0) continue;
    if (only === null) only = val.why;
    else {
      out ??= [...only];
      // The lists are short (the questions behind one condition): a look along the list beats a set.
      for (const id of val.why) if (!out.includes(id)) out.push(id);
    }
  }
  return out ?? only ?? [];
}

/**
 * all() of the values of `parts` for `arg`, made in order: the first false one
 * decides (all() returns it), so the parts after it are not evaluated.
 */
export function allOf<A>(parts: readonly ((arg: A) => Val)[], arg: A): Val {
  const vals: Val[] = [];
  let unknown = false;
  for (const part of parts) {
    const x = part(arg);
    if (x.v === 'F') return x;
    if (x.v === 'U') unknown = true;
    vals.push(x);
  }
  return { v: unknown ? 'U' : 'T', why: union(vals, null) };
}

/** any() of the values of `parts` for `arg` (each is needed: the reasons are those of every part that holds). */
export function anyOf<A>(parts: readonly ((arg: A) => Val)[], arg: A): Val {
  const vals: Val[] = [];
  for (const part of parts) vals.push(part(arg));
  return any(vals);
}

export function any(vals: readonly Val[]): Val {
  let t = false;
  let u = false;
  for (const x of vals) {
    if (x.v === 'T') t = true;
    else if (x.v === 'U') u = true;
  }
  if (t) return { v: 'T', why: union(vals, 'T') };
  if (u) return { v: 'U', why: union(vals, 'U') };
  return { v: 'F', why: union(vals, null) };
}

export function not(val: Val): Val {
  return { v: val.v === 'T' ? 'F' : val.v === 'F' ? 'T' : 'U', why: val.why };
}

/** Does something hold, for a rule that applies (or not) when uncertain? */
export function holds(val: Val, onUnknown: 'applies' | 'does-not-apply'): boolean {
  return val.v === 'T' || (val.v === 'U' && onUnknown === 'applies');
}
