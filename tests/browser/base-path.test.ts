/**
 * The site under a base path, as GitHub Pages serves a project site (`<owner>.github.io/<repo>/`):
 * the fixture site built with BASE_PATH=/tracker/sub/ and served only under that path (anything
 * outside it is a 404, so a URL that misses the prefix fails the page's `expectClean`). Pages,
 * search, maps, feeds, sitemap, exports and canonical URLs all carry the prefix.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildFixtureSite, repoRoot, resultsDir, runTag, siteProjects } from './build-site.ts';
import { closeBrowser, closePage, expectClean, mapsReady, openPage, screenshot, type Page } from './harness.ts';
import { fixtureIncident, siteRecords } from './records.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const prefix = '/tracker/sub/';
const outDir = join(resultsDir, `base-path-site-${runTag}`);
let server: StaticServer | undefined;
/** The served site's home without its trailing slash: `http://127.0.0.1:<port>/tracker/sub`. */
let origin = '';

beforeAll(async () => {
  const started = Date.now();
  await buildFixtureSite(join(repoRoot, siteProjects.main, 'content'), outDir, 'base-path', { BASE_PATH: prefix });
  console.log(`[base path] built and indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  server = await serveStatic(outDir, inject('csp'), prefix);
  origin = server.url + prefix.slice(0, -1);
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const records = siteRecords('main');
const incident = fixtureIncident('2025-06-01-beldoro-base-assault');
const country = records.countries.find((c) => c.id === incident.data.location.country)!;

const open = (path: string, status = 200) => openPage(path, { origin, status });

/** Every URL of the page's own host (links, scripts, styles, images, forms) that misses the prefix. */
async function escapingUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action]')].flatMap((el) =>
      ['href', 'src', 'action'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null).map((v) => new URL(v, document.baseURI).href),
    ),
  );
  return urls.filter((u) => new URL(u).host === new URL(origin).host && !new URL(u).pathname.startsWith(prefix));
}

/** Opens a page, checks it loads cleanly with no URL outside the prefix, and hands it to `check`. */
async function pageUnderPrefix(path: string, name: string, check: (page: Page) => Promise<void> = async () => {}, status = 200) {
  const page = await open(path, status);
  try {
    await check(page);
    expect(await escapingUrls(page), `URLs outside ${prefix} on ${path}`).toEqual([]);
    expectClean(page);
  } finally {
    await screenshot(page, `base-path-${name}`);
    await closePage(page);
  }
}

const siteUrlOf = (href: string) => new URL(href).pathname;

describe(`the site built and served under ${prefix}`, () => {
  test('home, an incident page (canonical and og:url), the incident index and its later pages, a brief, the 404 page', async () => {
    await pageUnderPrefix('/', 'home', async (page) => {
      await expect.poll(() => page.locator('h1').count()).toBe(1);
    });
    await pageUnderPrefix(`/incidents/${incident.id}/`, 'incident', async (page) => {
      expect(await page.locator('h1').innerText()).toContain(incident.data.title);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(siteUrlOf(canonical!)).toBe(`${prefix}incidents/${incident.id}/`);
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
    });
    await pageUnderPrefix('/incidents/', 'incidents', async (page) => {
      expect(await page.locator('main [data-incident-id]').count()).toBeGreaterThan(0);
    });
    // The fixture fits on one page of the index; a later page, when there is one, is under the prefix too.
    const next = await (await fetch(`${origin}/incidents/`)).text().then((html) => /<link rel="next" href="([^"]+)"/.exec(html)?.[1]);
    if (next) await pageUnderPrefix(next.slice(prefix.length - 1), 'incidents-2');
    // A brief's MDX links to incidents from the root (`/incidents/<id>/`): they get the prefix too.
    await pageUnderPrefix(`/briefs/${records.briefs[0].id}/`, 'brief', async (page) => {
      expect(await page.locator(`main a[href^="${prefix}incidents/"]`).count()).toBeGreaterThan(0);
    });
    await pageUnderPrefix('/no-such-page/', '404', async (page) => {
      expect(await page.locator('h1').count()).toBe(1);
    }, 404);
  });

  test('a country page, whose map draws from data under the prefix', async () => {
    await pageUnderPrefix(`/countries/${country.id}/`, 'country', async (page) => {
      expect(await page.locator('h1').innerText()).toContain(country.data.name);
      await mapsReady(page); // its data requests go through expectClean: a URL outside the prefix is a 404
    });
  });

  test('search loads the Pagefind index from under the prefix and its results link there', async () => {
    const place = incident.data.location.name;
    await pageUnderPrefix(`/search/?q=${encodeURIComponent(place)}`, 'search', async (page) => {
      await expect.poll(() => page.locator('[data-search-status]').innerText(), { timeout: 15_000 }).toMatch(/^\d[\d,]* results?\b/);
      const hrefs = await page.locator('[data-search-results] > li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.map(siteUrlOf).filter((p) => !p.startsWith(prefix))).toEqual([]);
      expect(hrefs.map(siteUrlOf)).toContain(`${prefix}incidents/${incident.id}/`);
    });
  });

  test('feeds, the sitemap, the CSV url column and the JSON Schema $id carry the prefix', async () => {
    const text = async (path: string) => {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      return res.text();
    };
    const outside = (urls: string[]) => urls.map(siteUrlOf).filter((p) => !p.startsWith(prefix));

    const feed = await text('/feed.xml');
    const feedUrls = [...feed.matchAll(/<(?:id|link[^>]*href=")>?(https?:[^<"]+)/g)].map((m) => m[1]);
    expect(feedUrls.length).toBeGreaterThan(2);
    expect(outside(feedUrls)).toEqual([]);
    expect(feedUrls.map(siteUrlOf)).toContain(`${prefix}feed.xml`);

    const index = await text('/sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(outside(maps)).toEqual([]);
    const locs = (await Promise.all(maps.map((m) => text(siteUrlOf(m).slice(prefix.length - 1))))).flatMap((x) => [...x.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.map(siteUrlOf)).toContain(`${prefix}incidents/${incident.id}/`);
    expect(outside(locs)).toEqual([]);

    const rows = parse(await text('/data/incidents.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(outside(rows.map((r) => r.url))).toEqual([]);

    const schema = JSON.parse(await text('/schemas/incident.json')) as { $id: string };
    expect(siteUrlOf(schema.$id)).toBe(`${prefix}schemas/incident.json`);

    // The server answers nothing outside the prefix, as GitHub Pages would not serve this site there.
    expect((await fetch(`${server!.url}/incidents/`)).status).toBe(404);
  });
});
