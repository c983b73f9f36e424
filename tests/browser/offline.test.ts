/**
 * Reading offline (issue 15): pages a reader opened open again with no connection at all, maps
 * drawn and search answering from the index chunks it loaded; a page never opened gives the
 * site's offline page, which lists the saved ones. The site is served by a server of this
 * file's own, which is closed before the pages are reopened, and the browser is set offline too.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { basePath, closeBrowser, expectClean, mapsReady, openPage, pathInSite, screenshot, sitePath, type Page } from './harness.ts';
import { newest, placeName } from './page-types.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { PAGES_KEPT, pagesCache, precacheName, strategyFor, type WorkerBuild } from '../../src/domain/offline.ts';

afterAll(closeBrowser);

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(inject('mainDir'), inject('csp'), basePath());
});
afterAll(() => server.close());

/** Waits until a service worker controls the page (it registers after load, then claims its pages). */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000, message: 'a service worker controls the page' })
    .toBe(true);
}

/**
 * Waits until the worker holds a copy of the page and of what it fetched that the worker keeps
 * (it stores copies in the background, after answering): a reader's tab stays open that long.
 */
async function savedForOffline(page: Page): Promise<void> {
  const fetched = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  const urls = fetched.filter((u) => u.startsWith(new URL(page.url()).origin) && strategyFor(pathInSite(u).slice(1)) !== 'network');
  await expect
    .poll(() => page.evaluate(async (list) => (await Promise.all(list.map(async (u) => ((await caches.match(u, { ignoreSearch: true })) ? '' : u)))).filter(Boolean), urls), {
      timeout: 10_000,
      message: 'what the page fetched, stored by the worker',
    })
    .toEqual([]);
}

const searchResults = (page: Page) => page.locator('[data-search-results] > li a').allInnerTexts();

async function searched(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').innerText(), { timeout: 15_000 }).toMatch(/^\d[\d,]* results?\b/);
  return searchResults(page);
}

describe('offline', () => {
  const incidentPath = `/incidents/${newest.id}/`;
  const searchPath = `/search/?q=${encodeURIComponent(placeName)}`;

  test('pages opened online open again with no connection: text, maps and search', async () => {
    const origin = server.url;
    const home = await openPage('/', { origin });
    await controlled(home);
    await mapsReady(home);
    const homeHeading = await home.locator('h1').innerText();
    const context = home.context();

    const incident = await openPage(incidentPath, { origin });
    await mapsReady(incident);
    const search = await openPage(searchPath, { origin });
    const online = await searched(search);
    expect(online.length, 'the search finds the place online').toBeGreaterThan(0);
    for (const page of [incident, search]) await savedForOffline(page);
    for (const page of [home, incident, search]) {
      expectClean(page);
      await page.close();
    }

    // No connection: the server is gone and the browser is offline.
    await server.close();
    await context.setOffline(true);

    const again = await openPage('/', { origin });
    expect(await again.locator('h1').innerText()).toBe(homeHeading);
    await mapsReady(again);
    expectClean(again);
    await screenshot(again, 'offline-home');

    // (One browser context holds the worker: a phone-sized page is the same page made narrower.)
    const incidentAgain = await openPage(incidentPath, { origin });
    await incidentAgain.setViewportSize({ width: 360, height: 780 });
    expect(await incidentAgain.locator('h1').innerText()).toBe(newest.data.title);
    await mapsReady(incidentAgain);
    expectClean(incidentAgain);
    await screenshot(incidentAgain, 'offline-incident-360');

    const searchAgain = await openPage(searchPath, { origin });
    expect(await searched(searchAgain), 'the same results from the index chunks loaded online').toEqual(online);
    expectClean(searchAgain);

    // A page never opened: the offline page, which links the pages that are saved.
    const never = await openPage('/methodology/', { origin });
    expect(await never.locator('h1').innerText()).toMatch(/offline/i);
    await expect.poll(() => never.locator('#saved-pages a').allInnerTexts()).toContain(newest.data.title);
    expectClean(never);
    await screenshot(never, 'offline-fallback');
    for (const page of [again, incidentAgain, searchAgain, never]) await page.close();
  });

  test('the pages cache keeps the most recently read pages up to its limit, not every page ever read', async () => {
    // A server (an origin, so a worker and caches) of its own: the first test's is closed.
    const own = await serveStatic(inject('mainDir'), inject('csp'), basePath());
    const origin = own.url;
    const page = await openPage('/', { origin });
    await controlled(page);
    await mapsReady(page);
    // As if the reader had read many pages before: the cache full to its limit and beyond.
    const filled = await page.evaluate(
      async ([name, n, base]) => {
        const cache = await caches.open(name);
        for (let i = 0; i < n; i++) await cache.put(`${base}read-before-${i}/`, new Response(`page ${i}`, { headers: { 'Content-Type': 'text/html' } }));
        return (await cache.keys()).length;
      },
      [pagesCache, PAGES_KEPT + 20, sitePath('/')] as const,
    );
    expect(filled).toBeGreaterThan(PAGES_KEPT);

    const incident = await openPage(incidentPath, { origin });
    const kept = () => incident.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), pagesCache);
    await expect.poll(async () => (await kept()).length, { timeout: 15_000, message: 'entries in the pages cache' }).toBeLessThanOrEqual(PAGES_KEPT);
    const after = await kept();
    expect(after, 'the page just read').toContain(sitePath(incidentPath));
    expect(after, 'the page read longest ago').not.toContain(sitePath('/read-before-0/'));
    for (const p of [page, incident]) await p.close();
    await own.close();
  });

  test('the site can be installed: the manifest names it, starts at its root and has icons', async () => {
    const dir = inject('mainDir');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: sitePath('/'), scope: sitePath('/'), display: 'standalone', lang: 'en' });
    const icons = manifest.icons as { src: string; sizes: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of icons) expect(() => readFileSync(join(dir, pathInSite(icon.src))), icon.src).not.toThrow();
    const page = await openPage('/');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(sitePath('/manifest.webmanifest'));
    await page.close();
  });

  test('a new build replaces the cache: changed files downloaded again, unchanged ones copied, pages read kept', async () => {
    // A copy of the site whose worker the test rewrites, as a deploy would.
    const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(inject('mainDir'), dir, { recursive: true });
    const own = await serveStatic(dir, inject('csp'), basePath());
    try {
      const page = await openPage('/', { origin: own.url });
      await controlled(page);
      // The page's own map loads its code and data lazily: let it finish, so that every request
      // counted below is the new worker's, not the page's.
      await mapsReady(page);
      const swFile = join(dir, 'sw.js');
      const code = readFileSync(swFile, 'utf8');
      const build = JSON.parse(/^self\.SW_BUILD=(.*);$/m.exec(code)![1]) as WorkerBuild;
      const cacheNames = () => page.evaluate(() => caches.keys());
      await expect.poll(cacheNames).toEqual(expect.arrayContaining([precacheName(build.id), pagesCache]));

      // The next build: the points changed (a new revision), nothing else did.
      const next: WorkerBuild = {
        id: `${build.id}-next`,
        precache: build.precache.map((e) => (e.path === 'map/points.json' ? { ...e, revision: `${e.revision}-next` } : e)),
      };
      writeFileSync(swFile, code.replace(/^self\.SW_BUILD=.*;$/m, `self.SW_BUILD=${JSON.stringify(next)};`));
      const fetched: string[] = [];
      page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      // Installed (its cache made), then activated (the older build's cache deleted).
      await expect.poll(async () => (await cacheNames()).sort(), { timeout: 20_000 }).toEqual([pagesCache, precacheName(next.id)].sort());

      const held = await page.evaluate(
        async ([name, pages]) => ({
          precached: (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
          pages: (await (await caches.open(pages)).keys()).map((r) => new URL(r.url).pathname),
        }),
        [precacheName(next.id), pagesCache],
      );
      expect(held.precached).toEqual(expect.arrayContaining(next.precache.map((e) => sitePath(e.path))));
      expect(held.pages, 'the page read before the new build').toContain(sitePath('/'));
      expect(fetched, 'the changed file is downloaded again').toContain(sitePath('map/points.json'));
      const unchanged = next.precache.filter((e) => e.path.startsWith('_astro/') || e.path === 'map/basemap.json').map((e) => sitePath(e.path));
      expect(fetched.filter((p) => unchanged.includes(p)), 'unchanged files are copied from the older cache').toEqual([]);
      await page.close();
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
