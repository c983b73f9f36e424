/**
 * What the service worker keeps for reading offline, and how it fetches each address. Pure, so
 * the worker (`client/service-worker.ts`), the build step that writes it (`build/service-worker.ts`)
 * and the unit tests share one set of rules. Paths here are relative to the worker's scope, the
 * site's base path (`incidents/x/`, not `/tracker/incidents/x/`).
 */

/** Every cache of a build's own files starts with this, so a build deletes no cache but the site's own. */
const buildCachePrefix = 'sahel-tracker-build-';

/** The cache of a build's own files (code, styles, basemap, points, offline page), made when its worker installs. */
export function precacheName(buildId: string): string {
  return `${buildCachePrefix}${buildId}`;
}

/**
 * The pages, data and search chunks the reader opened. It outlives builds: a page read yesterday
 * must open today even if the site was rebuilt in between (online, it is fetched afresh anyway).
 */
export const pagesCache = 'sahel-tracker-pages';

/**
 * How many entries the pages cache keeps (pages, the data they loaded, search chunks): a phone's
 * storage is not the reader's to fill. About 25 MB at the site's page sizes; the least recently
 * stored go first.
 */
export const PAGES_KEPT = 400;

/**
 * The entries to delete so that `keys` (the cache's entries, oldest stored first: the Cache API
 * keeps them in the order they were put, and a put again moves an entry to the end) keeps `limit`.
 */
export function toEvict<T>(keys: readonly T[], limit = PAGES_KEPT): T[] {
  return keys.slice(0, Math.max(0, keys.length - limit));
}

/** The caches a new build deletes when it takes over: the precaches of every other build. */
export function staleCaches(names: readonly string[], buildId: string): string[] {
  return names.filter((n) => n.startsWith(buildCachePrefix) && n !== precacheName(buildId));
}

/**
 * How the worker answers a request:
 * - `cache-first`: content-addressed files (the bundler's `_astro/` assets, Pagefind's index chunks), which never change under one name;
 * - `network-first`: pages and the data they load, fresh when online, the last copy when not;
 * - `network`: left to the browser and never stored (downloads, feeds, schemas: large or rarely read offline).
 */
export type Strategy = 'cache-first' | 'network-first' | 'network';

/** Pagefind names its index, fragment and filter chunks and its meta file by their content. */
const pagefindChunk = /^pagefind\/(?:(?:index|fragment|filter)\/|pagefind\.[^/]*\.pf_meta$)/;

export function strategyFor(path: string): Strategy {
  if (path.startsWith('_astro/') || pagefindChunk.test(path)) return 'cache-first';
  // `data/` and `fr/data/` are the downloads page; the files below `data/` are the downloads.
  if (/^(?:data|schemas)\/.*\.\w+$/.test(path) || path.endsWith('.xml')) return 'network';
  return 'network-first';
}

/** The page shown for a page that was never opened: in French under `fr/`, else in English. */
export function offlinePage(path: string): string {
  return path.startsWith('fr/') ? 'fr/offline/' : 'offline/';
}

/** A file the worker stores when it installs: its path and, unless its name changes with its content, a hash of it. */
export interface PrecacheEntry {
  path: string;
  revision?: string;
}

/** What the build hands the worker (written at the top of `sw.js`). */
export interface WorkerBuild {
  /** Changes whenever anything precached, or the record, changes: a new id is a new cache. */
  id: string;
  precache: PrecacheEntry[];
}

/**
 * The entries a new build must download, given what an older build's cache already holds
 * (`path → revision`): new paths and those whose revision changed. Files whose names carry
 * their hash (no revision) are the same file when the path is the same.
 */
export function toDownload(entries: readonly PrecacheEntry[], held: ReadonlyMap<string, string | undefined>): PrecacheEntry[] {
  return entries.filter((e) => !held.has(e.path) || held.get(e.path) !== e.revision);
}
