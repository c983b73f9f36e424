/**
 * Aggregates over a list of incidents for headline figures, monthly charts and rankings.
 * Every function is one pass over the list it is given (a country's or an actor's incidents),
 * so page cost stays proportional to what the page shows.
 */
import { sumRanges, type Measure, type Range } from './ranges.ts';

/** The part of an incident these aggregates read. */
export interface Countable {
  data: { date: string };
  totals: Record<Measure, Range | undefined>;
}

export interface Headline {
  incidents: number;
  killed: Range;
  wounded: Range;
  abducted: Range;
  /** Incidents for which no source gives a death toll. */
  killedUnknown: number;
}

export function headline(incidents: Countable[]): Headline {
  return {
    incidents: incidents.length,
    killed: sumRanges(incidents.map((i) => i.totals.killed)),
    wounded: sumRanges(incidents.map((i) => i.totals.wounded)),
    abducted: sumRanges(incidents.map((i) => i.totals.abducted)),
    killedUnknown: incidents.filter((i) => !i.totals.killed).length,
  };
}

/** Every month from `from` to `to` inclusive, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  let y = +from.slice(0, 4);
  let m = +from.slice(5, 7);
  const endY = +to.slice(0, 4);
  const endM = +to.slice(5, 7);
  const out: string[] = [];
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface MonthBucket {
  /** `YYYY-MM`. */
  month: string;
  incidents: number;
  /** Sum of the incidents' killed ranges; `claims` 0 when no incident that month gave a toll. */
  killed: Range;
}

/**
 * Incidents and killed per month, from the first to the last month with an incident, empty
 * months included so a chart's gaps are real gaps. An incident counts in the month it began
 * (for month- or year-precision records, the first month of the span).
 */
export function monthlySeries(incidents: Countable[]): MonthBucket[] {
  if (incidents.length === 0) return [];
  const byMonth = new Map<string, Countable[]>();
  let first = incidents[0].data.date.slice(0, 7);
  let last = first;
  for (const i of incidents) {
    const m = i.data.date.slice(0, 7);
    if (m < first) first = m;
    if (m > last) last = m;
    const list = byMonth.get(m);
    if (list) list.push(i);
    else byMonth.set(m, [i]);
  }
  return monthsBetween(first, last).map((month) => {
    const list = byMonth.get(month) ?? [];
    return { month, incidents: list.length, killed: sumRanges(list.map((i) => i.totals.killed)) };
  });
}

/** Counts keyed by the ids each item yields (each id once per item), most first, ties by id. */
export function rankBy<T>(items: T[], keys: (item: T) => Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
