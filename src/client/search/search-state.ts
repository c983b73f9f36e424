/**
 * The state of the search page and its URL: `/search/?q=timbuktu&country=mli&year=2025&sort=date`.
 * The URL is the state, so a search can be shared and reproduces the same results. Also the
 * translation of that state into Pagefind's `search()` options. Pure: runs in the browser
 * and in unit tests.
 *
 * Filter values are codes, with the parameter names of every filtered view
 * (`domain/filter-params.ts`): `country=mli`, `region=mli-mopti`, `actor=jnim`, `type=battles`,
 * so `/incidents/?country=mli` and `/search/?country=mli` are the same filter. The page type is
 * `kind`. Older links wrote words (`country=Mali`, `actor=JNIM`, `event=Battles`, `type=incident`
 * for the page type): they are read as the codes they name, so cited searches keep working.
 */
import { eventTypeLabel, monthLabel } from '../../domain/labels.ts';
import { filterParams } from '../../domain/filter-params.ts';
import { fold } from '../../domain/text.ts';
import { eventTypes, type EventType } from '../../domain/vocabulary.ts';

/** Filters in the order the page shows them, with their labels. Names match the pages' `data-pagefind-filter`. */
export const filterDefs = [
  { name: 'kind', label: 'Page type' },
  { name: filterParams.country, label: 'Country' },
  { name: filterParams.region, label: 'Region' },
  { name: filterParams.actor, label: 'Perpetrator' },
  { name: filterParams.type, label: 'Event type' },
  { name: 'year', label: 'Year' },
  { name: 'month', label: 'Month' },
] as const;

/** Names of the coded filters whose labels come from the records (the search page carries them). */
export type LabelledFilter = 'country' | 'region' | 'actor';
/** Code → label of each coded filter, e.g. `{ country: { mli: 'Mali' } }`. */
export type SearchLabels = Partial<Record<LabelledFilter, Record<string, string>>>;
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

/** The code an older link's word names (`Mali` → `mli`), or the value as it is. */
function toCode(name: FilterName, value: string, labels: SearchLabels): string {
  if (name === 'type') {
    if ((eventTypes as readonly string[]).includes(value)) return value;
    return eventTypes.find((t) => fold(eventTypeLabel(t)) === fold(value)) ?? value;
  }
  if (name !== 'country' && name !== 'region' && name !== 'actor') return value;
  const known = labels[name];
  if (!known || value in known) return value;
  const folded = fold(value);
  return Object.keys(known).find((code) => fold(known[code]) === folded) ?? value;
}

export function parseSearchState(search: string | URLSearchParams, labels: SearchLabels = {}): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = (name: string) => p.getAll(name).map((v) => v.trim().slice(0, MAX_VALUE)).filter(Boolean);
  // Older links: `type` was the page type and `event` the event type (as words).
  const kinds = Object.keys(typeLabels);
  const given: Record<FilterName, string[]> = Object.fromEntries(filterNames.map((n) => [n, raw(n)])) as Record<FilterName, string[]>;
  given.kind.push(...given.type.filter((v) => kinds.includes(v)));
  given.type = [...given.type.filter((v) => !kinds.includes(v)), ...raw('event')];
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const values = [...new Set(given[name].map((v) => toCode(name, v, labels)))];
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

/** A value as the page shows it: "June 2025" for "2025-06", "Mali" for "mli", "Battles" for "battles"; unknown codes as they are. */
export function filterValueLabel(name: FilterName, value: string, labels: SearchLabels = {}): string {
  if (name === 'month' && /^\d{4}-\d{2}$/.test(value)) {
    return +value.slice(5, 7) >= 1 && +value.slice(5, 7) <= 12 ? monthLabel(value) : value;
  }
  if (name === 'kind') return typeLabels[value] ?? value;
  if (name === 'type') return (eventTypes as readonly string[]).includes(value) ? eventTypeLabel(value as EventType) : value;
  if (name === 'country' || name === 'region' || name === 'actor') return labels[name]?.[value] ?? value;
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
export function sortFilterValues(name: FilterName, values: string[], labels: SearchLabels = {}): string[] {
  const sorted = [...values];
  if (name === 'year' || name === 'month') return sorted.sort().reverse();
  if (name === 'kind') return sorted.sort((a, b) => order(a) - order(b));
  const label = (v: string) => filterValueLabel(name, v, labels);
  return sorted.sort((a, b) => label(a).localeCompare(label(b), 'en', { sensitivity: 'base' }));
}
const typeOrder = Object.keys(typeLabels);
const order = (t: string) => (typeOrder.indexOf(t) + 1 || 99);
