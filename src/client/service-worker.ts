/**
 * The service worker: keeps what a reader opened (pages, the data they loaded, the search index
 * chunks they fetched) and, from its install on, the map's code, the CSS, the basemap and the
 * points, so those pages open again without a connection. Not a Vite entry: the build bundles
 * it into `<base>sw.js` (`build/service-worker.ts`), which sets `self.SW_BUILD` (the build's id
 * and what to precache) in front of it. The rules for each address are in `domain/offline.ts`.
 */
import { offlinePage, pagesCache, precacheName, staleCaches, strategyFor, toDownload, toEvict, type WorkerBuild } from '../domain/offline.ts';

// The few worker types used here (the project compiles against the DOM library, not WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
interface WorkerScope {
  SW_BUILD: WorkerBuild;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const build = sw.SW_BUILD;
/** The site's base URL (absolute, ending in `/`): the worker is registered with the base path as its scope. */
const scope = sw.registration.scope;
const precached = () => caches.open(precacheName(build.id));
const opened = () => caches.open(pagesCache);
const urlOf = (path: string) => new URL(path, scope).href;
/** A trim of the pages cache under way, and whether entries were stored since it read the cache. */
let trimming: Promise<void> | undefined;
let storedSince = false;

/** Stores a copy in the pages cache; the oldest entries beyond `PAGES_KEPT` are then dropped. */
async function keep(key: Request | string, res: Response): Promise<void> {
  const pages = await opened();
  // The spec moves an entry put again to the end; deleting first makes sure, so a page read
  // again counts as recently read.
  await pages.delete(key);
  await pages.put(key, res);
  trimSoon();
}

/** Many chunks stored at once need one trim, run again if more were stored while it ran. */
function trimSoon(): void {
  if (trimming) {
    storedSince = true;
    return;
  }
  trimming = (async () => {
    do {
      storedSince = false;
      const pages = await opened();
      for (const old of toEvict(await pages.keys())) await pages.delete(old);
    } while (storedSince);
  })().finally(() => (trimming = undefined));
}

/** Each build's cache notes here the revision of each file it precached, so the next build can keep what did not change. */
const revisionsUrl = urlOf('sw-precache.json');

/** Precached files an older build's cache holds (path → revision), and that cache. */
async function olderCopies(): Promise<{ cache: Cache; held: Map<string, string | undefined> }[]> {
  const found = [];
  for (const name of staleCaches(await caches.keys(), build.id)) {
    const cache = await caches.open(name);
    const noted = await cache.match(revisionsUrl);
    if (!noted) continue;
    const revisions = (await noted.json()) as Record<string, string | null>;
    found.push({ cache, held: new Map(Object.entries(revisions).map(([p, r]) => [p, r ?? undefined])) });
  }
  return found;
}

/** Stores the build's files: copies those an older build holds unchanged, downloads the rest. */
async function precache(): Promise<void> {
  const cache = await precached();
  let missing = build.precache;
  for (const older of await olderCopies()) {
    const changed = new Set(toDownload(missing, older.held));
    const still = [];
    for (const e of missing) {
      const copy = changed.has(e) ? undefined : await older.cache.match(urlOf(e.path));
      if (copy) await cache.put(urlOf(e.path), copy);
      else still.push(e);
    }
    missing = still;
  }
  await Promise.all(
    missing.map(async (e) => {
      // Files without a hash in their name are asked of the server again, not of the HTTP cache.
      const res = await fetch(urlOf(e.path), { cache: e.revision ? 'no-cache' : 'default' });
      if (!res.ok) throw new Error(`precache: ${e.path} answered ${res.status}`);
      await cache.put(urlOf(e.path), res);
    }),
  );
  const revisions = Object.fromEntries(build.precache.map((e) => [e.path, e.revision ?? null]));
  await cache.put(revisionsUrl, new Response(JSON.stringify(revisions), { headers: { 'Content-Type': 'application/json' } }));
}

sw.addEventListener('install', (event) => {
  // A new build takes over at once: the pages it serves need its own assets, not the last build's.
  event.waitUntil(precache().then(() => sw.skipWaiting()));
});

/**
 * Drops the older builds' caches. Their hashed code and styles that this build no longer has
 * move to the pages cache first: pages saved with an older build still ask for them offline.
 */
async function dropOlderBuilds(): Promise<void> {
  const current = new Set(build.precache.map((e) => urlOf(e.path)));
  for (const name of staleCaches(await caches.keys(), build.id)) {
    const older = await caches.open(name);
    for (const request of await older.keys()) {
      if (current.has(request.url) || !request.url.startsWith(urlOf('_astro/'))) continue;
      const res = await older.match(request);
      if (res) await keep(request, res);
    }
    await caches.delete(name);
  }
}

/**
 * Saves the pages already open when the worker first starts: the reader's first page loaded
 * before any worker could keep it, and is the page most likely to be opened again.
 */
async function saveOpenPages(): Promise<void> {
  const pages = await opened();
  for (const { url } of await sw.clients.matchAll({ type: 'window' })) {
    const key = withoutQuery(url);
    if (!url.startsWith(scope) || strategyFor(pathOf(url)) !== 'network-first' || (await pages.match(key))) continue;
    const res = await fetch(key).catch(() => undefined);
    if (res?.ok) await keep(key, res);
  }
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(dropOlderBuilds().then(() => sw.clients.claim()).then(saveOpenPages));
});

/**
 * Pages and data are stored by their address without a query: `/search/?q=x` is the page
 * `/search/` (its script reads the query), and Pagefind asks for its entry file with a
 * cache-busting `?ts=`.
 */
function withoutQuery(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** A URL's path below the scope (`incidents/x/`), as `domain/offline.ts` takes it. */
const pathOf = (url: string) => new URL(url).pathname.slice(new URL(scope).pathname.length);

/** The stored copy of a request: what the reader last fetched, else what the build precached. */
async function stored(key: string): Promise<Response | undefined> {
  return (await (await opened()).match(key)) ?? (await (await precached()).match(key));
}

/**
 * Stores a copy of a response in the background: the reader gets the response at once, and a
 * copy that cannot be stored (storage full, a body cut short) costs only the offline copy.
 */
function keepInBackground(event: FetchEvent, key: Request | string, res: Response): void {
  event.waitUntil(keep(key, res).catch(() => undefined));
}

async function networkFirst(event: FetchEvent, path: string): Promise<Response> {
  const { request } = event;
  let res: Response;
  try {
    res = await fetch(request);
  } catch (err) {
    const kept = (await stored(withoutQuery(request.url))) ?? (request.mode === 'navigate' ? await (await precached()).match(urlOf(offlinePage(path))) : undefined);
    if (kept) return kept;
    throw err;
  }
  if (res.ok && res.type === 'basic') keepInBackground(event, withoutQuery(request.url), res.clone());
  return res;
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const kept = await stored(request.url).catch(() => undefined);
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') keepInBackground(event, request, res.clone());
  return res;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const path = pathOf(request.url);
  const strategy = strategyFor(path);
  if (strategy === 'cache-first') event.respondWith(cacheFirst(event));
  else if (strategy === 'network-first') event.respondWith(networkFirst(event, path));
});
