/**
 * The base path in what no page test opens: the fixture site is built and served under a base
 * path (TEST_BASE_PATH, default `/tracker/sub/`, as GitHub Pages serves a project site under
 * `/<repo>/`), and every test opens its pages there, with the harness failing any URL outside
 * it (harness.ts, `expectClean`). This file checks the absolute URLs the site gives out
 * (canonical and og:url, feeds, the sitemap, the CSV `url` column, JSON Schema `$id`s), which
 * point at the public origin rather than the test server, and that the harness's guard works.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { basePath, closeBrowser, closePage, expectClean, openPage, pageRecord, pageUrl, sitePath, siteUrl } from './harness.ts';
import { fixtureIncident } from './records.ts';

afterAll(closeBrowser);

const incident = fixtureIncident('2025-06-01-beldoro-base-assault');
/** The path part of an absolute URL the site gives out (its origin is the public one, SITE_URL). */
const pathOf = (href: string) => new URL(href).pathname;

async function text(path: string): Promise<string> {
  const res = await fetch(siteUrl() + path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe(`absolute URLs of the site built under ${basePath()}`, () => {
  test('an incident page names itself under the base path as canonical and og:url', async () => {
    const page = await openPage(`/incidents/${incident.id}/`);
    try {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(pathOf(canonical!)).toBe(sitePath(`/incidents/${incident.id}/`));
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('feeds, the sitemap, the CSV url column and the JSON Schema $id carry the base path', async () => {
    const outside = (urls: string[]) => urls.map(pathOf).filter((p) => !p.startsWith(basePath()));

    const feed = await text('/feed.xml');
    const feedUrls = [...feed.matchAll(/<(?:id|link[^>]*href=")>?(https?:[^<"]+)/g)].map((m) => m[1]);
    expect(feedUrls.length).toBeGreaterThan(2);
    expect(outside(feedUrls)).toEqual([]);
    expect(feedUrls.map(pathOf)).toContain(sitePath('/feed.xml'));

    const index = await text('/sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(maps.length).toBeGreaterThan(0);
    expect(outside(maps)).toEqual([]);
    const locs = (await Promise.all(maps.map((m) => text(pathOf(m).slice(basePath().length - 1))))).flatMap((x) => [...x.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.map(pathOf)).toContain(sitePath(`/incidents/${incident.id}/`));
    expect(outside(locs)).toEqual([]);

    const rows = parse(await text('/data/incidents.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => pathOf(r.url))).toContain(sitePath(`/incidents/${incident.id}/`));
    expect(outside(rows.map((r) => r.url))).toEqual([]);

    const schema = JSON.parse(await text('/schemas/incident.json')) as { $id: string };
    expect(pathOf(schema.$id)).toBe(sitePath('/schemas/incident.json'));
  });
});

describe.runIf(basePath() !== '/')('the test server and harness under a base path', () => {
  test('the server answers nothing outside the base path, as a static host would not serve this site there', async () => {
    const origin = new URL(siteUrl()).origin;
    expect((await fetch(`${origin}/incidents/`)).status).toBe(404);
    expect((await fetch(pageUrl('/incidents/'))).status).toBe(200);
    // The base path without its slash leads to the site's home, like a folder.
    const bare = await fetch(siteUrl(), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(basePath());
  });

  test('a request a page makes outside the base path fails expectClean', async () => {
    const page = await openPage('/');
    try {
      expect(pageRecord(page).outsideBase).toEqual([]);
      await page.evaluate(() => fetch('/incidents/').catch(() => undefined));
      expect(pageRecord(page).outsideBase).toEqual([`requested ${new URL(siteUrl()).origin}/incidents/`]);
      expect(() => expectClean(page)).toThrow(/outside the site's base path/);
    } finally {
      await closePage(page);
    }
  });
});
