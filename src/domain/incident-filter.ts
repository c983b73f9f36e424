/**
 * The filter of the incident index: read from and written to the URL query so a filtered
 * view can be shared (parameter names: `filter-params.ts`), and matched against what a row
 * says about its incident. Runs in the browser (bundled by Astro) and in unit tests.
 */
import { dateSpan, isVagueDate, overlaps, type Dated } from './date-span.ts';
import { filterParamOrder, paramPattern, type FilterParam } from './filter-params.ts';
import type { DatePrecision } from './vocabulary.ts';
import { defaultLang, words, type Lang } from '../translations/index.ts';

/** Every parameter as a string, empty when unset (killed bounds are digits). */
export type IncidentFilter = Record<FilterParam, string>;

export const filterKeys = filterParamOrder;

/** A filter from a query string; malformed values are dropped rather than trusted. */
export function parseFilter(query: string | URLSearchParams): IncidentFilter {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const f = {} as IncidentFilter;
  for (const k of filterKeys) {
    const v = (q.get(k) ?? '').trim();
    f[k] = paramPattern[k].test(v) ? v : '';
  }
  return f;
}

/** Query string of a filter (without "?"), only the keys that are set, in a fixed order. */
export function filterQuery(f: Partial<IncidentFilter>): string {
  const q = new URLSearchParams();
  for (const k of filterKeys) if (f[k]) q.set(k, f[k]);
  return q.toString();
}

export function isEmpty(f: IncidentFilter): boolean {
  return filterKeys.every((k) => !f[k]);
}

/** How many criteria are set (the two dates count once, and so do the two killed bounds): the count on the phone's filter button. */
export function activeCount(f: IncidentFilter): number {
  const set = filterKeys.filter((k) => f[k] && k !== 'to' && k !== 'killed_max').length;
  return set + (f.to && !f.from ? 1 : 0) + (f.killed_max && !f.killed_min ? 1 : 0);
}

/** What a row says about its incident. */
export interface RowFacts extends Dated {
  country: string;
  /** Perpetrators' actor ids. */
  actors: string[];
  type: string;
  /** The fields below are only known to the compact data; a row without them fails their criteria. */
  region?: string;
  targets?: string[];
  sub?: string;
  /** Victim groups the incident's claims count. */
  victims?: string[];
  precision?: string;
  /** Killed range across claims, `high` null when open ("at least low"); undefined when no source gives a figure. */
  killed?: { low: number; high: number | null };
}

/**
 * Whether the killed range overlaps [min, max]. An open range "at least 60" reaches to
 * infinity, so it matches `killed_min=100` but not `killed_max=50`. An incident with no
 * figure matches no killed bound: an unknown toll is not zero.
 */
function killedOverlaps(k: RowFacts['killed'], min: string, max: string): boolean {
  if (!min && !max) return true;
  if (!k) return false;
  if (min && k.high !== null && k.high < Number(min)) return false;
  if (max && k.low > Number(max)) return false;
  return true;
}

/** Whether the row passes every set criterion; dates match when the incident's span overlaps the range. */
export function matches(row: RowFacts, f: IncidentFilter): boolean {
  if (f.country && row.country !== f.country) return false;
  if (f.region && row.region !== f.region) return false;
  if (f.type && row.type !== f.type) return false;
  if (f.sub && row.sub !== f.sub) return false;
  if (f.precision && row.precision !== f.precision) return false;
  if (f.actor && !row.actors.includes(f.actor)) return false;
  if (f.target && !row.targets?.includes(f.target)) return false;
  if (f.victims && !row.victims?.includes(f.victims)) return false;
  if (!killedOverlaps(row.killed, f.killed_min, f.killed_max)) return false;
  if ((f.from || f.to) && !overlaps(dateSpan(row), f.from, f.to)) return false;
  return true;
}

/**
 * The status line under the form: "Showing 40 of 335 incidents". With a date range it also
 * says how many of the shown incidents are known only to the week, month or year, since
 * those overlap the range without being sure to fall inside it.
 */
export function filterStatus(shown: Dated[], total: number, f: IncidentFilter, lang: Lang = defaultLang): string {
  const t = words(lang).explore;
  const text = t.showing(shown.length, total);
  const vague = shown.filter(isVagueDate);
  if (!(f.from || f.to) || vague.length === 0) return text;
  const precisions = (['week', 'month', 'year'] as DatePrecision[]).filter((p) => vague.some((d) => d.date_precision === p)).map((p) => t.precisionUnit[p as Exclude<DatePrecision, 'day'>]);
  const which = precisions.length > 1 ? t.or(precisions.slice(0, -1).join(', '), precisions.at(-1)!) : precisions[0];
  return t.vague(text, vague.length, which);
}
