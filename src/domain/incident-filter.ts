/**
 * The filter of the incident index: read from and written to the URL query so a filtered
 * view can be shared, and matched against the data attributes of the table rows.
 * Runs in the browser (bundled by Astro) and in unit tests.
 */

export interface IncidentFilter {
  country: string;
  actor: string;
  type: string;
  /** ISO dates, inclusive; empty for no bound. */
  from: string;
  to: string;
}

export const filterKeys = ['country', 'actor', 'type', 'from', 'to'] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const id = /^[a-z0-9-]{1,80}$/;

/** A filter from a query string; malformed values are dropped rather than trusted. */
export function parseFilter(query: string | URLSearchParams): IncidentFilter {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const pick = (k: string, re: RegExp) => {
    const v = (q.get(k) ?? '').trim();
    return re.test(v) ? v : '';
  };
  return { country: pick('country', id), actor: pick('actor', id), type: pick('type', id), from: pick('from', isoDay), to: pick('to', isoDay) };
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
export interface RowFacts {
  country: string;
  actors: string[];
  type: string;
  date: string;
}

export function matches(row: RowFacts, f: IncidentFilter): boolean {
  if (f.country && row.country !== f.country) return false;
  if (f.type && row.type !== f.type) return false;
  if (f.from && row.date < f.from) return false;
  if (f.to && row.date > f.to) return false;
  if (f.actor && !row.actors.includes(f.actor)) return false;
  return true;
}
