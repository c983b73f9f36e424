/**
 * The filter of the incident index: read from and written to the URL query so a filtered
 * view can be shared, and matched against the data attributes of the table rows.
 * Runs in the browser (bundled by Astro) and in unit tests.
 */
import { dateSpan, isVagueDate, overlaps, type Dated } from './date-span.ts';
import type { DatePrecision } from './vocabulary.ts';

export interface IncidentFilter {
  country: string;
  /** A first-level region's id (`regionId(country, admin1)`: `mli-tombouctou`). */
  region: string;
  actor: string;
  type: string;
  /** ISO dates, inclusive; empty for no bound. */
  from: string;
  to: string;
}

export const filterKeys = ['country', 'region', 'actor', 'type', 'from', 'to'] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const id = /^[a-z0-9-]{1,80}$/;

/** A filter from a query string; malformed values are dropped rather than trusted. */
export function parseFilter(query: string | URLSearchParams): IncidentFilter {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const pick = (k: string, re: RegExp) => {
    const v = (q.get(k) ?? '').trim();
    return re.test(v) ? v : '';
  };
  return { country: pick('country', id), region: pick('region', id), actor: pick('actor', id), type: pick('type', id), from: pick('from', isoDay), to: pick('to', isoDay) };
}

/** Query string of a filter (without "?"), only the keys that are set, in a fixed order. */
export function filterQuery(f: IncidentFilter): string {
  const q = new URLSearchParams();
  for (const k of filterKeys) if (f[k]) q.set(k, f[k]);
  return q.toString();
}

export function isEmpty(f: IncidentFilter): boolean {
  return filterKeys.every((k) => !f[k]);
}

/** What a table row says about its incident (its data attributes). */
export interface RowFacts extends Dated {
  country: string;
  /** `regionId(country, admin1)`; undefined when the record names no region. */
  region?: string;
  actors: string[];
  type: string;
}

/** Whether the row passes every set criterion; dates match when the incident's span overlaps the range. */
export function matches(row: RowFacts, f: IncidentFilter): boolean {
  if (f.country && row.country !== f.country) return false;
  if (f.region && row.region !== f.region) return false;
  if (f.type && row.type !== f.type) return false;
  if ((f.from || f.to) && !overlaps(dateSpan(row), f.from, f.to)) return false;
  if (f.actor && !row.actors.includes(f.actor)) return false;
  return true;
}

/**
 * The status line under the form: "Showing 40 of 335 incidents". With a date range it also
 * says how many of the shown incidents are known only to the week, month or year, since
 * those overlap the range without being sure to fall inside it.
 */
export function filterStatus(shown: Dated[], total: number, f: IncidentFilter): string {
  const text = `Showing ${shown.length.toLocaleString('en')} of ${total.toLocaleString('en')} incidents`;
  const vague = shown.filter(isVagueDate);
  if (!(f.from || f.to) || vague.length === 0) return text;
  const precisions = (['week', 'month', 'year'] as DatePrecision[]).filter((p) => vague.some((d) => d.date_precision === p));
  const words = precisions.length > 1 ? `${precisions.slice(0, -1).join(', ')} or ${precisions.at(-1)}` : precisions[0];
  return `${text}, ${vague.length.toLocaleString('en')} of them known only to the ${words}`;
}
