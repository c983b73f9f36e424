/**
 * Reading offline (issue 15): pages a reader opened open again with no connection at all, maps
 * drawn and search answering from the index chunks it loaded; a page never opened gives the
 * site's offline page, which lists the saved ones. The site is served by a server of this
 * file's own, which is closed before the pages are reopened, and the browser is set offline too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, expectClean, mapsReady, openPage, screenshot, type Page } from './harness.ts';
import { newest, placeName } from './page-types.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

afterAll(closeBrowser);

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(inject('mainDir'), inject('csp'));
});
afterAll(() => server.close());

/** Waits until a service worker controls the page (it registers after load, then claims its pages). */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000, message: 'a service worker controls the page' })
    .toBe(true);
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

  test('the site can be installed: the manifest names it, starts at its root and has icons', async () => {
    const dir = inject('mainDir');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', lang: 'en' });
    const icons = manifest.icons as { src: string; sizes: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of icons) expect(() => readFileSync(join(dir, icon.src)), icon.src).not.toThrow();
    const page = await openPage('/');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    await page.close();
  });
});
