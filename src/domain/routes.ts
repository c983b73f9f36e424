/**
 * Every URL of the site, built in one place. The paths are a contract (analysts cite them), so
 * pages, feeds, exports, maps and browser code all take them from here. Each path starts with
 * the site's base path (Astro's BASE_URL, `/` by default), so the site can live under any path.
 */
export type DataFormat = 'csv' | 'geojson' | 'json';

// Vite fills in import.meta.env in pages and browser bundles; plain Node (scripts, tests) has none.
const base = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path with the base path in front: `path('incidents/')` → `/incidents/`. */
export function path(p: string): string {
  return base + p.replace(/^\//, '');
}

const query = (params: Record<string, string | number | undefined> = {}) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const routes = {
  home: () => path(''),
  incidents: (params?: Record<string, string | undefined>) => path(`incidents/${query(params)}`),
  incident: (id: string) => path(`incidents/${id}/`),
  countries: () => path('countries/'),
  country: (iso3: string) => path(`countries/${iso3}/`),
  countryFeed: (iso3: string) => path(`countries/${iso3}/feed.xml`),
  actors: () => path('actors/'),
  actor: (id: string) => path(`actors/${id}/`),
  actorFeed: (id: string) => path(`actors/${id}/feed.xml`),
  sources: () => path('sources/'),
  source: (id: string) => path(`sources/${id}/`),
  briefs: () => path('briefs/'),
  brief: (id: string) => path(`briefs/${id}/`),
  /** The timeline, a year's page (`2025`) or a month's (`2025`, `06`). */
  timeline: (year?: string, month?: string) => path(`timeline/${year ? `${year}/` : ''}${year && month ? `${month}/` : ''}`),
  /** A month's timeline page from `YYYY-MM`. */
  timelineMonth: (yyyyMm: string) => path(`timeline/${yyyyMm.slice(0, 4)}/${yyyyMm.slice(5, 7)}/`),
  /** The group of a year's page that lists the incidents known only to the year. */
  timelineMonthUnknown: (year: string) => `${path(`timeline/${year}/`)}#month-unknown`,
  search: (params?: Record<string, string | undefined>) => path(`search/${query(params)}`),
  near: (params?: Record<string, string | number | undefined>) => path(`near/${query(params)}`),
  methodology: () => path('methodology/'),
  data: () => path('data/'),
  feed: () => path('feed.xml'),
  /** The latest changes to the record, and their feed. */
  changes: () => path('changes/'),
  changesFeed: () => path('changes/feed.xml'),
  /** Withdrawn and replaced incident ids, for reconciling an older download. */
  retiredIds: () => path('data/withdrawn.csv'),
  /** `/data/incidents.csv`, or one country's or actor's file. */
  dataFile: (format: DataFormat, of?: { country: string } | { actor: string }) =>
    path(`data/${of ? ('country' in of ? `countries/${of.country}` : `actors/${of.actor}`) : 'incidents'}.${format}`),
  mapPoints: () => path('map/points.json'),
  mapBasemap: () => path('map/basemap.json'),
  mapAreas: () => path('map/areas.json'),
  mapPoster: () => path('map/poster.svg'),
  searchPlaces: () => path('search/places.json'),
  schema: (collection: string) => path(`schemas/${collection}.json`),
};
