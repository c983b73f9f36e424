/**
 * Incidents and people killed per first-level region in two periods, for the regional
 * comparison (choropleth and table) on country pages and the home page. One rule, used at
 * build time for the default view and in the browser when a reader picks other periods:
 * an incident belongs to a period when its date span overlaps it (an incident known only to
 * the month or year may belong to both periods, and each period says how many such vague
 * dates it includes); one with no region named counts apart.
 */
import { dateSpan, isVagueDate, overlaps, type Dated } from './date-span.ts';
import type { IndexRow } from './incident-index-data.ts';
import { pointDated } from './map-points.ts';
import { sumRanges, type Range } from './ranges.ts';
import { regionId } from './regions.ts';

/** What the count reads of an incident (a record-index incident or a browser index row, adapted). */
export interface RegionFacts {
  dated: Dated;
  country: string;
  admin1?: string;
  /** Killed over independent claims only; undefined when none gives a figure. */
  independent?: Range;
  /** Killed over every claim, parties' included. */
  killed?: Range;
}

/** Inclusive ISO days. */
export interface DateRange {
  from: string;
  to: string;
}

export interface Periods {
  a: DateRange;
  b: DateRange;
}

export interface PeriodCount {
  incidents: number;
  /** Incidents known only to the week, month or year among them. */
  vague: number;
  independent: Range;
  killed: Range;
}

export interface RegionCount {
  id: string;
  country: string;
  /** The record's own name of the region. */
  name: string;
  a: PeriodCount;
  b: PeriodCount;
}

export interface RegionComparison {
  /** Regions with an incident in either period, most incidents in B first. */
  regions: RegionCount[];
  /** Incidents whose record names no region. */
  unknown: { a: PeriodCount; b: PeriodCount };
  /** Every incident of the scope, regions known or not. */
  total: { a: PeriodCount; b: PeriodCount };
}

function countOf(list: RegionFacts[]): PeriodCount {
  return {
    incidents: list.length,
    vague: list.filter((f) => isVagueDate(f.dated)).length,
    independent: sumRanges(list.map((f) => f.independent)),
    killed: sumRanges(list.map((f) => f.killed)),
  };
}

/** Counts per region of the incidents in periods A and B (each incident counted in every period its span overlaps). */
export function compareRegions(items: Iterable<RegionFacts>, periods: Periods): RegionComparison {
  type Lists = { a: RegionFacts[]; b: RegionFacts[] };
  const byRegion = new Map<string, { country: string; name: string } & Lists>();
  const unknown: Lists = { a: [], b: [] };
  const total: Lists = { a: [], b: [] };
  for (const f of items) {
    const span = dateSpan(f.dated);
    const inA = overlaps(span, periods.a.from, periods.a.to);
    const inB = overlaps(span, periods.b.from, periods.b.to);
    if (!inA && !inB) continue;
    let lists: Lists = unknown;
    if (f.admin1) {
      const id = regionId(f.country, f.admin1);
      let r = byRegion.get(id);
      if (!r) byRegion.set(id, (r = { country: f.country, name: f.admin1, a: [], b: [] }));
      lists = r;
    }
    for (const l of [lists, total]) {
      if (inA) l.a.push(f);
      if (inB) l.b.push(f);
    }
  }
  const regions = [...byRegion].map(([id, r]) => ({ id, country: r.country, name: r.name, a: countOf(r.a), b: countOf(r.b) }));
  regions.sort((x, y) => y.b.incidents - x.b.incidents || y.a.incidents - x.a.incidents || x.name.localeCompare(y.name));
  return {
    regions,
    unknown: { a: countOf(unknown.a), b: countOf(unknown.b) },
    total: { a: countOf(total.a), b: countOf(total.b) },
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => isoDay.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** `2024-01-01..2024-12-31` → a range; undefined when malformed or backwards. */
export function parseRange(s: string | null | undefined): DateRange | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec((s ?? '').trim());
  if (!m || !validDay(m[1]) || !validDay(m[2]) || m[1] > m[2]) return undefined;
  return { from: m[1], to: m[2] };
}

export const rangeParam = (r: DateRange) => `${r.from}..${r.to}`;

/** The periods a URL asks for (`?a=2024-01-01..2024-12-31&b=2025-01-01..2025-12-31`), each falling back to the default. */
export function parsePeriods(query: string | URLSearchParams, fallback: Periods): Periods {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  return { a: parseRange(q.get('a')) ?? fallback.a, b: parseRange(q.get('b')) ?? fallback.b };
}

/** Query string (without "?") of two periods. */
export function periodsQuery(p: Periods): string {
  return `a=${rangeParam(p.a)}&b=${rangeParam(p.b)}`;
}

/** The default comparison: the year before the newest incident's year (A) against that year (B). */
export function defaultPeriods(latest: string): Periods {
  const y = +latest.slice(0, 4);
  return { a: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }, b: { from: `${y}-01-01`, to: `${y}-12-31` } };
}

/** A whole calendar year's `YYYY`, otherwise undefined (the caller then writes both days). */
export function wholeYear(r: DateRange): string | undefined {
  const y = r.from.slice(0, 4);
  return r.from === `${y}-01-01` && r.to === `${y}-12-31` ? y : undefined;
}

/**
 * Thresholds of the colour classes, shared by both periods so their maps compare: class 0 is
 * none, then [1, t1), [t1, t2), [t2, t3), [t3, ∞). Up to 30 the steps are fixed (1-2, 3-5,
 * 6-10, 11+); beyond, the top three are the largest 1-2-5 round numbers up to two thirds of
 * the maximum (40: 1-4, 5-9, 10-19, 20+), so the top class is never empty by construction.
 */
export function classBreaks(max: number): number[] {
  if (max <= 30) return [1, 3, 6, 11];
  const round: number[] = [];
  for (let mag = 1; mag <= max; mag *= 10) for (const s of [1, 2, 5]) if (s * mag <= (max * 2) / 3) round.push(s * mag);
  return [1, ...round.slice(-3)];
}

/** The class (0 for none, then 1..breaks.length) of a value. */
export function classOf(value: number, breaks: number[]): number {
  let c = 0;
  for (const b of breaks) if (value >= b) c += 1;
  return c;
}

/** The figure a region's killed colour shows: the lowest reported sum of independent reporting. */
export const killedValue = (c: PeriodCount) => c.independent.low;

/** The facts of a record's incident (build time). */
export function regionFactsOf(i: {
  data: Dated & { location: { country: string; admin1?: string } };
  totals: { killed?: Range };
  independentTotals: { killed?: Range };
}): RegionFacts {
  return { dated: i.data, country: i.data.location.country, admin1: i.data.location.admin1, independent: i.independentTotals.killed, killed: i.totals.killed };
}

/** The facts of a browser index row (`incident-index-data.ts`), whose ranges carry no claim count. */
export function regionFactsOfRow(r: IndexRow): RegionFacts {
  const range = (k?: { low: number; high: number | null }): Range | undefined => k && { ...k, claims: 1 };
  return { dated: pointDated(r), country: r.country, admin1: r.admin1, independent: range(r.killedIndependent), killed: range(r.killed) };
}
