/**
 * Every URL of the site, built in one place. The paths are a contract (analysts cite them), so
 * pages, feeds, exports, maps and browser code all take them from here. Each path starts with
 * the site's base path (Astro's BASE_URL, `/` by default), so the site can live under any path.
 */
import { defaultLang, isLang, languages, type Lang } from '../translations/index.ts';

export type DataFormat = 'csv' | 'geojson' | 'json';

// Vite fills in import.meta.env in pages and browser bundles; plain Node (scripts, tests) has none.
const base = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path with the base path in front: `path('incidents/')` → `/incidents/`. */
export function path(p: string): string {
  return base + p.replace(/^\//, '');
}

/**
 * A site link written by hand from the root (`/incidents/<id>/` in an MDX brief) with the base
 * path in front; other links (other hosts, anchors, already under the base path) as they are.
 */
export function withBase(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base) ? path(href) : href;
}

const query = (params: Record<string, string | number | undefined> = {}) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/**
 * Page `n` of a paginated list whose first page is `first` (a path ending in `/`): the first
 * page keeps the address analysts cite, later ones add `page/<n>/` (`/incidents/page/2/`).
 */
export function pageOf(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

function makeRoutes(lang: Lang) {
  // Pages of a language other than English live under its code: `/fr/incidents/<id>/`. Data files, map data
  // and schemas are the same for every language, so they keep one address.
  const page = (p: string) => path(lang === defaultLang ? p : `${lang}/${p}`);
  return {
    home: () => page(''),
    incidents: (params?: Record<string, string | undefined>) => page(`incidents/${query(params)}`),
    /** Page `n` of the incident index (1: `/incidents/`). */
    incidentsPage: (n: number) => pageOf(page('incidents/'), n),
    /** The compact index data (titles and places) the index filter loads with `/map/points.json`. */
    incidentsIndexData: () => path('incidents/index.json'),
    incident: (id: string) => page(`incidents/${id}/`),
    countries: () => page('countries/'),
    country: (iso3: string) => page(`countries/${iso3}/`),
    /** Page `n` of a country's incident list (1: the country's page). */
    countryPage: (iso3: string, n: number) => pageOf(page(`countries/${iso3}/`), n),
    countryFeed: (iso3: string) => page(`countries/${iso3}/feed.xml`),
    actors: () => page('actors/'),
    actor: (id: string) => page(`actors/${id}/`),
    /** Page `n` of the incidents an actor perpetrated (1: the actor's page). */
    actorPage: (id: string, n: number) => pageOf(page(`actors/${id}/`), n),
    /** Page `n` of the incidents that targeted an actor (its own list: the actor's page shows the newest). */
    actorTargeted: (id: string, n = 1) => pageOf(page(`actors/${id}/targeted/`), n),
    actorFeed: (id: string) => page(`actors/${id}/feed.xml`),
    sources: () => page('sources/'),
    /** Page `n` of the list of sources (1: `/sources/`). */
    sourcesPage: (n: number) => pageOf(page('sources/'), n),
    source: (id: string) => page(`sources/${id}/`),
    /** Page `n` of the incidents citing a source (1: the source's page). */
    sourcePage: (id: string, n: number) => pageOf(page(`sources/${id}/`), n),
    briefs: () => page('briefs/'),
    brief: (id: string) => page(`briefs/${id}/`),
    /** The timeline, a year's page (`2025`) or a month's (`2025`, `06`). */
    timeline: (year?: string, month?: string) => page(`timeline/${year ? `${year}/` : ''}${year && month ? `${month}/` : ''}`),
    /** Page `n` of a year's or month's incident list (1: the year's or month's page). */
    timelinePage: (year: string, month: string | undefined, n: number) =>
      pageOf(page(`timeline/${year}/${month ? `${month}/` : ''}`), n),
    /** A month's timeline page from `YYYY-MM`. */
    timelineMonth: (yyyyMm: string) => page(`timeline/${yyyyMm.slice(0, 4)}/${yyyyMm.slice(5, 7)}/`),
    /** The group of a year's page that lists the incidents known only to the year. */
    timelineMonthUnknown: (year: string) => `${page(`timeline/${year}/`)}#month-unknown`,
    search: (params?: Record<string, string | undefined>) => page(`search/${query(params)}`),
    near: (params?: Record<string, string | number | undefined>) => page(`near/${query(params)}`),
    methodology: () => page('methodology/'),
    data: () => page('data/'),
    feed: () => page('feed.xml'),
    /** The latest changes to the record, and their feed. */
    changes: () => page('changes/'),
    changesFeed: () => page('changes/feed.xml'),
    /** Withdrawn and replaced incident ids, for reconciling an older download. */
    retiredIds: () => path('data/withdrawn.csv'),
    /** `/data/incidents.csv`, or one country's or actor's file. */
    dataFile: (format: DataFormat, of?: { country: string } | { actor: string }) =>
      path(`data/${of ? ('country' in of ? `countries/${of.country}` : `actors/${of.actor}`) : 'incidents'}.${format}`),
    mapPoints: () => path('map/points.json'),
    mapBasemap: () => path('map/basemap.json'),
    /** The basemap's detailed band: towns fetched once a map is zoomed in (see `build/map-basemap.ts`). */
    mapTowns: () => path('map/towns.json'),
    mapAreas: () => path('map/areas.json'),
    mapPoster: () => path('map/poster.svg'),
    searchPlaces: () => path('search/places.json'),
    schema: (collection: string) => path(`schemas/${collection}.json`),
    /** The page a reader gets for a page never opened, without a connection. */
    offline: () => page('offline/'),
    /** The web app manifest, in the page's language; the app starts at the site's root. */
    manifest: () => page('manifest.webmanifest'),
    /** The service worker: one for the site, at its base path (its scope). */
    serviceWorker: () => path('sw.js'),
  };
}

export type Routes = ReturnType<typeof makeRoutes>;
const byLang = Object.fromEntries(languages.map((l) => [l, makeRoutes(l)])) as Record<Lang, Routes>;

/** The English routes: the addresses analysts cite. */
export const routes = byLang.en;

/** The routes of one language. */
export function routesFor(lang: Lang): Routes {
  return byLang[lang];
}

/** The language of a page from its path (with the base path): `/fr/...` is French, anything else English. */
export function langOf(pathname: string): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0];
  return isLang(first) && first !== defaultLang ? first : defaultLang;
}

/** The same page in another language: `/fr/incidents/x/` ↔ `/incidents/x/`. */
export function inLang(pathname: string, lang: Lang): string {
  const from = langOf(pathname);
  let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  if (from !== defaultLang) rest = rest.slice(from.length + 1);
  return path(lang === defaultLang ? rest : `${lang}/${rest}`);
}
