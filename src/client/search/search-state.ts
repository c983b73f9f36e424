/**
 * The state of the search page and its URL: `/search/?q=timbuktu&country=Mali&year=2025&sort=date`.
 * The URL is the state, so a search can be shared and reproduces the same results. Also the
 * translation of that state into Pagefind's `search()` options. Pure: runs in the browser
 * and in unit tests.
 */
import { monthLabel } from '../../domain/labels.ts';

/** Filters in the order the page shows them, with their labels. Names match the pages' `data-pagefind-filter`. */
export const filterDefs = [
  { name: 'type', label: 'Page type' },
  { name: 'country', label: 'Country' },
  { name: 'region', label: 'Region' },
  { name: 'actor', label: 'Perpetrator' },
  { name: 'event', label: 'Event type' },
  { name: 'year', label: 'Year' },
  { name: 'month', label: 'Month' },
] as const;
export type FilterName = (typeof filterDefs)[number]['name'];
export const filterNames: FilterName[] = filterDefs.map((f) => f.name);

export const sortOrders = ['relevance', 'date', 'oldest', 'killed'] as const;
export type SortOrder = (typeof sortOrders)[number];
export const sortLabels: Record<SortOrder, string> = {
  relevance: 'Best match',
  date: 'Newest first',
  oldest: 'Oldest first',
  killed: 'Most killed first',
};

export interface SearchState {
  q: string;
  /** Filter name → chosen values; several values of one filter mean any of them. */
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortOrder;
}

const MAX_QUERY = 200;
const MAX_VALUE = 200;

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const values = [...new Set(p.getAll(name).map((v) => v.trim().slice(0, MAX_VALUE)).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const sort = p.get('sort') as SortOrder | null;
  return {
    q: (p.get('q') ?? '').trim().slice(0, MAX_QUERY),
    filters,
    sort: sort && (sortOrders as readonly string[]).includes(sort) ? sort : 'relevance',
  };
}

/** The query string of a state (without "?"), in a fixed order so equal states give equal URLs. */
export function searchStateQuery(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const name of filterNames) for (const v of s.filters[name] ?? []) p.append(name, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p.toString();
}

export function hasFilters(s: SearchState): boolean {
  return filterNames.some((n) => (s.filters[n]?.length ?? 0) > 0);
}

/** Whether there is anything to search for: a query, or filters alone (Pagefind lists by filter). */
export function isActive(s: SearchState): boolean {
  return s.q !== '' || hasFilters(s);
}

export type PagefindFilters = Record<string, string | { any: string[] }>;

/**
 * Pagefind filter option: an array would mean ALL of the values (which finds nothing for
 * two countries), so several values go in `{ any: [...] }`.
 */
export function pagefindFilters(s: SearchState): PagefindFilters {
  const out: PagefindFilters = {};
  for (const name of filterNames) {
    const v = s.filters[name];
    if (!v || v.length === 0) continue;
    out[name] = v.length === 1 ? v[0] : { any: v };
  }
  return out;
}

/**
 * Pagefind sort option. Without a query there is no relevance, so a filter-only listing is
 * newest first. Only pages with the sort key (incident pages) appear in sorted results.
 */
export function pagefindSort(s: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  const sort = s.sort === 'relevance' && s.q === '' ? 'date' : s.sort;
  switch (sort) {
    case 'date':
      return { date: 'desc' };
    case 'oldest':
      return { date: 'asc' };
    case 'killed':
      return { killed: 'desc' };
    default:
      return undefined;
  }
}

/** The Pagefind term: `null` lists everything that matches the filters. */
export function pagefindTerm(s: SearchState): string | null {
  return s.q === '' ? null : s.q;
}

/** "June 2025" for the month filter's "2025-06"; other values are shown as they are. */
export function filterValueLabel(name: FilterName, value: string): string {
  if (name === 'month' && /^\d{4}-\d{2}$/.test(value)) {
    return +value.slice(5, 7) >= 1 && +value.slice(5, 7) <= 12 ? monthLabel(value) : value;
  }
  if (name === 'type') return typeLabels[value] ?? value;
  return value;
}

export const typeLabels: Record<string, string> = {
  incident: 'Incidents',
  country: 'Countries',
  actor: 'Actors',
  source: 'Sources',
  brief: 'Briefs',
};

/** One page of each type, as a tag beside a result's title. */
export const typeNames: Record<string, string> = {
  incident: 'Incident',
  country: 'Country',
  actor: 'Actor',
  source: 'Source',
  brief: 'Brief',
};

/** Filter values in the order a reader scans them: newest first for dates, alphabetical otherwise. */
export function sortFilterValues(name: FilterName, values: string[]): string[] {
  const sorted = [...values];
  if (name === 'year' || name === 'month') return sorted.sort().reverse();
  if (name === 'type') return sorted.sort((a, b) => order(a) - order(b));
  return sorted.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
const typeOrder = Object.keys(typeLabels);
const order = (t: string) => (typeOrder.indexOf(t) + 1 || 99);
