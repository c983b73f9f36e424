/**
 * Aggregates over a list of incidents for headline figures, monthly charts and rankings.
 * Every function is one pass over the list it is given (a country's or an actor's incidents),
 * so page cost stays proportional to what the page shows.
 */
import { countedMonth, monthsBetween, type Dated } from './date-span.ts';
import { measures, sumRanges, type Measure, type Range } from './ranges.ts';

/** The part of an incident these aggregates read. */
export interface Countable {
  data: Dated;
  /** Over every claim, parties' included. */
  totals: Record<Measure, Range | undefined>;
  /** Over independent claims only (no `claimed_by`). */
  independentTotals: Record<Measure, Range | undefined>;
}

export interface Headline {
  incidents: number;
  /** Sums over every claim, parties' included. */
  killed: Range;
  wounded: Range;
  abducted: Range;
  /** Incidents for which no source gives a death toll. */
  killedUnknown: number;
  /** Sums over independent claims only, shown first, beside the sums including parties' claims. */
  independent: Record<Measure, Range>;
  /** Incidents whose figure for a measure comes only from parties' claims. */
  partyOnly: Record<Measure, number>;
}

export function headline(incidents: Countable[]): Headline {
  const byMeasure = <T>(f: (m: Measure) => T) => Object.fromEntries(measures.map((m) => [m, f(m)])) as Record<Measure, T>;
  return {
    incidents: incidents.length,
    killed: sumRanges(incidents.map((i) => i.totals.killed)),
    wounded: sumRanges(incidents.map((i) => i.totals.wounded)),
    abducted: sumRanges(incidents.map((i) => i.totals.abducted)),
    killedUnknown: incidents.filter((i) => !i.totals.killed).length,
    independent: byMeasure((m) => sumRanges(incidents.map((i) => i.independentTotals[m]))),
    partyOnly: byMeasure((m) => incidents.filter((i) => i.totals[m] && !i.independentTotals[m]).length),
  };
}

export interface Bucket {
  incidents: number;
  /** Sum of the incidents' killed ranges; `claims` 0 when no incident in it gave a toll. */
  killed: Range;
}

export interface MonthlySeries {
  /** `YYYY-MM` buckets from the first to the last month with an incident, empty months included so a chart's gaps are real gaps. */
  months: (Bucket & { month: string })[];
  /** Incidents known only to the year, one bucket per year (`YYYY`), oldest first: shown apart, never in January. */
  monthUnknown: (Bucket & { year: string })[];
}

/** What the monthly series reads of an incident (the browser's filtered view has no independent totals). */
export type Monthly = { data: Dated; totals: Pick<Countable['totals'], 'killed'> };

/**
 * Incidents and killed per month. Each incident counts once, in the month its span begins
 * (`countedMonth`); one known only to the year goes to its year's "month unknown" bucket.
 */
export function monthlySeries(incidents: Monthly[]): MonthlySeries {
  const byMonth = new Map<string, Monthly[]>();
  const byYear = new Map<string, Monthly[]>();
  for (const i of incidents) {
    const month = countedMonth(i.data);
    const [map, key] = month ? [byMonth, month] : [byYear, i.data.date.slice(0, 4)];
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  const bucket = (list: Monthly[] = []): Bucket => ({ incidents: list.length, killed: sumRanges(list.map((i) => i.totals.killed)) });
  const keys = [...byMonth.keys()].sort();
  return {
    months: keys.length ? monthsBetween(keys[0], keys.at(-1)!).map((month) => ({ month, ...bucket(byMonth.get(month)) })) : [],
    monthUnknown: [...byYear.keys()].sort().map((year) => ({ year, ...bucket(byYear.get(year)) })),
  };
}

/** Counts keyed by the ids each item yields (each id once per item), most first, ties by id. */
export function rankBy<T>(items: T[], keys: (item: T) => Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
