/**
 * The next steps as a dated timeline: the Assessment's obligations grouped by
 * the date each applies from, counted from the assessment date. One function,
 * read by the result page, every report format and the register, so that all
 * of them group and count the same way.
 */
import type { Role } from '../questionnaire/schema.ts';
import type { DateInfo, ObligationHit } from './assessment.ts';

/** What the timeline reads of an obligation (an Assessment's, or the register's summary of one). */
export type TimelineObligation = Pick<ObligationHit, 'id' | 'title' | 'who' | 'group' | 'groupTitle' | 'certain'> & { appliesFrom: Pick<DateInfo, 'date' | 'was'> };

export interface TimelineEntry {
  obligationId: string;
  title: string;
  who: Role;
  group: string;
  groupTitle: string;
  /** ISO date the duty applies from. */
  date: string;
  /** The original date, where an amendment moved it. */
  was?: string;
  /** Whole days from the assessment date to `date`: negative or 0 when it already applies. */
  days: number;
  certain: boolean;
}

export interface TimelineGroup {
  /** 'applies' for every duty that already applies on the assessment date; otherwise the ISO date. */
  key: 'applies' | string;
  /** The ISO date the group's duties apply from (the earliest, for 'applies'). */
  date: string;
  /** Whole days from the assessment date to `date` (<= 0 for 'applies'). */
  days: number;
  entries: TimelineEntry[];
  /** True when any entry hangs on an "I don't know" answer (marked once per group). */
  hasUncertain: boolean;
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both ISO dates or date-times; only the date counts). */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / DAY);
}

function entry(o: TimelineObligation, asOf: string): TimelineEntry {
  const e: TimelineEntry = {
    obligationId: o.id,
    title: o.title,
    who: o.who,
    group: o.group,
    groupTitle: o.groupTitle,
    date: o.appliesFrom.date,
    days: daysBetween(asOf, o.appliesFrom.date),
    certain: o.certain,
  };
  if (o.appliesFrom.was) e.was = o.appliesFrom.was;
  return e;
}

/**
 * Groups the obligations by date: first one group of everything that already
 * applies on `asOf`, then one group per later date, in date order. Within a
 * group, certain duties come before uncertain ones, then the Assessment's order.
 */
export function timeline(assessment: { obligations: readonly TimelineObligation[] }, asOf: string): TimelineGroup[] {
  const today = asOf.slice(0, 10);
  const byKey = new Map<string, TimelineEntry[]>();
  for (const o of assessment.obligations) {
    const key = o.appliesFrom.date <= today ? 'applies' : o.appliesFrom.date;
    const list = byKey.get(key) ?? [];
    list.push(entry(o, today));
    byKey.set(key, list);
  }
  const keys = [...byKey.keys()].sort((a, b) => (a === 'applies' ? -1 : b === 'applies' ? 1 : a.localeCompare(b)));
  return keys.map((key) => {
    const entries = byKey.get(key)!.map((e, i) => ({ e, i }));
    entries.sort((x, y) => Number(y.e.certain) - Number(x.e.certain) || x.i - y.i);
    const sorted = entries.map((x) => x.e);
    const date = key === 'applies' ? sorted.reduce((min, e) => (e.date < min ? e.date : min), sorted[0]!.date) : key;
    return { key, date, days: daysBetween(today, date), entries: sorted, hasUncertain: sorted.some((e) => !e.certain) };
  });
}

/** The first group whose date lies after `asOf`, or null: the register's "next deadline". */
export function nextDeadline(groups: readonly TimelineGroup[]): TimelineGroup | null {
  return groups.find((g) => g.key !== 'applies') ?? null;
}
