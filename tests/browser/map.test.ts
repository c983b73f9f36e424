/**
 * The maps as a reader meets them in headless Chromium (WebGL through SwiftShader): each page
 * type draws a real map with the expected incidents, clusters expand, popups link to their
 * incidents, the time filter narrows the map and the list together and survives a reload,
 * MapLibre loads only when the map comes into view, and nothing is fetched from another host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { addDays, formatDay as formatDayEn } from '../../src/domain/dates.ts';
import { closeBrowser, closePage, expectClean, mapReady, openPage, pageRecord, pathInSite, screenshot, screenshotDir, sitePath, type Page } from './harness.ts';
import { siteRecords } from './records.ts';

afterAll(closeBrowser);

const records = siteRecords('main');
const incidents = [...records.incidents].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
const newest = incidents[0];
const country = newest.data.location.country;
const perpetratorCounts = new Map<string, number>();
for (const i of incidents) for (const p of i.data.actors.perpetrators) perpetratorCounts.set(p, (perpetratorCounts.get(p) ?? 0) + 1);
const actor = [...perpetratorCounts].filter(([a]) => a !== 'unknown').sort((a, b) => b[1] - a[1])[0][0];

/** The first map of the page, scrolled into view and drawn. */
async function readyMap(page: Page, index = 0) {
  const map = page.locator('incident-map').nth(index);
  await mapReady(page, map, 30_000);
  return map;
}

/** Waits for the map to come to rest at another zoom than `before`. */
async function zoomChanged(map: ReturnType<Page['locator']>, before: string) {
  await expect.poll(() => map.getAttribute('data-zoom'), { timeout: 15_000, message: 'the map zooms in' }).not.toBe(before);
}

/**
 * Clicks the cluster nearest the centre that zooms in, and returns it. A cluster of incidents
 * at one spot opens as a list instead (tested on its own): its popup is closed and the next tried.
 */
async function zoomIntoCluster(page: Page, map: ReturnType<Page['locator']>, box: { width: number; height: number; x: number; y: number }, clusters: [number, number, number][]) {
  const zoom = await map.getAttribute('data-zoom');
  const byCentre = [...clusters].sort((a, b) => Math.hypot(a[0] - box.width / 2, a[1] - box.height / 2) - Math.hypot(b[0] - box.width / 2, b[1] - box.height / 2));
  for (const c of byCentre) {
    await page.mouse.click(box.x + c[0], box.y + c[1]);
    await expect.poll(async () => (await page.locator('.maplibregl-popup').count()) > 0 || (await map.getAttribute('data-zoom')) !== zoom, { timeout: 15_000 }).toBe(true);
    if ((await map.getAttribute('data-zoom')) !== zoom) return c;
    await page.locator('.maplibregl-popup-close-button').click();
  }
  throw new Error('no cluster zooms in');
}

/** Distinct colours in a screenshot of the map canvas, and the share of the most common one. */
async function canvasColours(page: Page, map: ReturnType<Page['locator']>): Promise<{ distinct: number; topShare: number }> {
  const png = await map.locator('canvas.maplibregl-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < px.length; i += 4) {
      const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return { distinct: counts.size, topShare: Math.max(...counts.values()) / (px.length / 4) };
  }, png.toString('base64'));
}

async function expectRealMap(page: Page, map: ReturnType<Page['locator']>) {
  const { distinct, topShare } = await canvasColours(page, map);
  // Land may cover most of a regional map, but borders, labels and symbols draw many colours.
  expect(distinct, 'the map canvas shows a drawing, not a blank').toBeGreaterThan(50);
  expect(topShare, 'no single colour fills the map canvas').toBeLessThan(0.985);
}

/** Ids of the incidents linked from the open popup. */
async function popupIncidentIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.maplibregl-popup a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => pathInSite(h)).map((p) => /^\/incidents\/([^/]+)\/$/.exec(p)?.[1] ?? p);
}

describe('maps on each page type', () => {
  const cases = [
    { name: 'home', path: '/', expected: incidents.length, fitsAll: true },
    { name: 'country', path: `/countries/${country}/`, expected: incidents.filter((i) => i.data.location.country === country).length, fitsAll: true },
    { name: 'actor', path: `/actors/${actor}/`, expected: perpetratorCounts.get(actor)!, fitsAll: true },
    { name: 'incident', path: `/incidents/${newest.id}/`, expected: undefined, fitsAll: false },
  ];
  for (const c of cases) {
    test(`the ${c.name} page draws a map of West Africa with its incidents and asks no other host`, async () => {
      const page = await openPage(c.path);
      const map = await readyMap(page);
      await expectRealMap(page, map);
      const shown = Number(await map.getAttribute('data-point-count'));
      // The build's own count of the incidents this map is for (index lookups on the records).
      expect(shown, 'incidents on the map').toBe(Number(await map.getAttribute('data-expected-count')));
      if (c.expected !== undefined) expect(shown, 'incidents on the map, counted from the records').toBe(c.expected);
      else expect(shown).toBeGreaterThanOrEqual(1);
      const rendered = Number(await map.getAttribute('data-rendered-count'));
      const countryOnly = Number(await map.getAttribute('data-country-only'));
      // Clusters count their incidents: with the whole set in view, every incident is drawn,
      // except those known only to their country, which are listed beside the map instead.
      if (c.fitsAll) expect(rendered + countryOnly, 'incidents drawn as symbols, halos or inside clusters, or listed as known only to the country').toBe(shown);
      else expect(rendered).toBeGreaterThanOrEqual(1);
      await expect.poll(() => page.locator('[data-map-legend] li').count(), { message: 'the legend lists the perpetrators' }).toBeGreaterThan(0);
      await screenshot(page, `map-${c.name}`);
      await map.screenshot({ path: join(screenshotDir, `map-${c.name}-figure.png`) });
      expectClean(page);
      await closePage(page);
    });
  }
});

describe('map interaction', () => {
  test('clicking a cluster zooms in until its incidents separate, and clicking one opens a popup linking to it', async () => {
    const page = await openPage('/');
    const map = await readyMap(page);
    const clusters = JSON.parse((await map.getAttribute('data-clusters')) ?? '[]') as [number, number, number][];
    expect(clusters.length, 'the home map groups nearby incidents into clusters').toBeGreaterThan(0);
    const canvas = map.locator('canvas.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    // Always the one nearest the centre, away from the zoom buttons and attribution in the corners.
    const central = <T extends number[]>(list: T[]): T => list.sort((a, b) => Math.hypot(a[0] - box.width / 2, a[1] - box.height / 2) - Math.hypot(b[0] - box.width / 2, b[1] - box.height / 2))[0];
    const zoom = (await map.getAttribute('data-zoom'))!;
    const [, , n] = await zoomIntoCluster(page, map, box, clusters);
    await zoomChanged(map, zoom);
    // The clicked cluster is gone: the map is centred on it and no cluster of that size remains there.
    const after = JSON.parse((await map.getAttribute('data-clusters'))!) as [number, number, number][];
    expect(after.some(([cx, cy, cn]) => cn === n && Math.hypot(cx - box.width / 2, cy - box.height / 2) < 12)).toBe(false);

    // Zoom into clusters until single symbols show, then click one.
    for (let i = 0; i < 6 && JSON.parse((await map.getAttribute('data-symbols'))!).length === 0; i++) {
      const before = (await map.getAttribute('data-zoom'))!;
      await zoomIntoCluster(page, map, box, JSON.parse((await map.getAttribute('data-clusters'))!) as [number, number, number][]);
      await zoomChanged(map, before);
    }
    const [sx, sy] = central(JSON.parse((await map.getAttribute('data-symbols'))!) as [number, number][]);
    await page.mouse.click(box.x + sx, box.y + sy);
    await expect.poll(() => page.locator('.maplibregl-popup').count(), { message: 'a popup opens on the clicked symbol' }).toBe(1);
    const ids = await popupIncidentIds(page);
    expect(ids.length, 'the popup lists the incidents at that spot').toBeGreaterThan(0);
    for (const id of ids) expect(records.incidents.some((i) => i.id === id), `popup link ${id} is an incident`).toBe(true);
    const first = records.incidents.find((i) => i.id === ids[0])!;
    const popupText = await page.locator('.maplibregl-popup').innerText();
    expect(popupText).toContain(first.data.location.name);
    expect(popupText).toMatch(/Killed: /);
    await page.locator('.maplibregl-popup a').first().click();
    await page.waitForURL(`**/incidents/${ids[0]}/`);
    expectClean(page);
    await closePage(page);
  });

  test('on an incident page the keyboard opens the popup of the incident at the centre', async () => {
    const page = await openPage(`/incidents/${newest.id}/`);
    const map = await readyMap(page);
    const canvas = map.locator('canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('aria-label')).toMatch(/Map of/);
    await canvas.focus();
    for (let i = 0; i < 5 && !(await page.locator('.maplibregl-popup').count()); i++) {
      const zoom = (await map.getAttribute('data-zoom'))!;
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      if (!(await page.locator('.maplibregl-popup').count())) await zoomChanged(map, zoom);
    }
    expect(await popupIncidentIds(page)).toContain(newest.id);
    // The popup takes focus so its links are reachable with Tab.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.maplibregl-popup'))).toBe(true);
    await screenshot(page, 'map-incident-popup');
    expectClean(page);
    await closePage(page);
  });

  test('the time filter narrows the map and the list together, is kept in the URL and restored from it', async () => {
    const dates = [...new Set(incidents.map((i) => i.data.date))].sort();
    expect(dates.length, 'the dataset spans at least three dates').toBeGreaterThanOrEqual(3);
    const from = dates[1];
    const to = addDays(dates.at(-1)!, -1);
    const expected = incidents.filter((i) => i.data.date >= from && i.data.date <= to).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(incidents.length);

    const page = await openPage('/');
    const map = await readyMap(page);
    const listId = (await map.getAttribute('data-list-id'))!;
    await page.getByLabel('From').first().fill(from);
    await page.getByLabel('To').first().fill(to);
    await page.getByLabel('To').first().dispatchEvent('change');
    await expect.poll(() => map.getAttribute('data-point-count')).toBe(String(expected));
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    expect(new URL(page.url()).searchParams.get('to')).toBe(to);
    const rows = async () =>
      page.locator(`#${listId} [data-incident-id]`).evaluateAll((els) => els.map((e) => ({ date: e.getAttribute('data-date')!, hidden: (e as HTMLElement).hidden })));
    const listed = await rows();
    expect(listed.some((r) => r.hidden), 'rows outside the dates are hidden').toBe(true);
    for (const r of listed) expect(r.hidden, `row dated ${r.date}`).toBe(!(r.date >= from && r.date <= to));
    await expect.poll(() => page.locator('[data-map-status]').first().textContent()).toContain(`${expected} incident`);
    await screenshot(page, 'map-home-time-filter');
    expectClean(page);
    const url = new URL(page.url());
    await closePage(page);

    const again = await openPage(pathInSite(url.href) + url.search);
    const map2 = await readyMap(again);
    await expect.poll(() => map2.getAttribute('data-point-count')).toBe(String(expected));
    expect(await again.getByLabel('From').first().inputValue()).toBe(from);
    expect(await again.getByLabel('To').first().inputValue()).toBe(to);
    const restored = await again.locator(`#${listId} [data-incident-id]`).evaluateAll((els) => els.filter((e) => (e as HTMLElement).hidden).length);
    expect(restored).toBe(listed.filter((r) => r.hidden).length);
    await again.getByRole('button', { name: 'All dates' }).first().click();
    await expect.poll(() => map2.getAttribute('data-point-count')).toBe(String(incidents.length));
    expect(new URL(again.url()).search).toBe('');
    expectClean(again);
    await closePage(again);
  });

  test('the area comparison switches between the dates of an actor’s reach', async () => {
    const withAreas = [...new Set(records.areas.map((a) => a.data.actor))].find((a) => new Set(records.areas.filter((r) => r.data.actor === a).map((r) => r.data.as_of)).size > 1);
    expect(withAreas, 'an actor has areas at two dates').toBeDefined();
    const page = await openPage(`/actors/${withAreas}/`);
    const map = await readyMap(page);
    const radios = map.locator('[data-area-compare] input[type=radio]');
    expect(await radios.count()).toBeGreaterThanOrEqual(3);
    // Compare (the default) fills most of the view with the latest, widest area; one early date leaves mostly bare land.
    const before = await canvasColours(page, map);
    await radios.first().check();
    let after = before;
    for (let i = 0; i < 20 && Math.abs(after.topShare - before.topShare) < 0.05; i++) {
      await page.waitForTimeout(250);
      after = await canvasColours(page, map);
    }
    expect(Math.abs(after.topShare - before.topShare), 'the map redraws with the areas of one date').toBeGreaterThanOrEqual(0.05);
    // Areas of other dates are dimmed in the text list too; every area names its sources.
    expect(await map.locator('.map-areas li.is-dimmed').count()).toBeGreaterThan(0);
    for (const li of await map.locator('.map-areas li').all()) expect(await li.locator(`a[href^="${sitePath('/sources/')}"]`).count()).toBeGreaterThan(0);
    expectClean(page);
    await closePage(page);
  });
});

describe('precision drawn honestly', () => {
  const at = (precision: string) => incidents.find((i) => i.data.location.precision === precision)!;

  test('an incident known only to its region is drawn as a halo, not a pin, and its popup says so', async () => {
    const regional = at('region');
    const page = await openPage(`/incidents/${regional.id}/`);
    const map = await readyMap(page);
    const box = (await map.locator('canvas.maplibregl-canvas').boundingBox())!;
    const near = (list: [number, number][]) => list.some(([x, y]) => Math.hypot(x - box.width / 2, y - box.height / 2) < 3);
    // At the zoom the page opens at: halos are never folded into a cluster's bubble.
    expect(near(JSON.parse((await map.getAttribute('data-halos'))!)), 'a halo is centred on the incident').toBe(true);
    expect(near(JSON.parse((await map.getAttribute('data-symbols'))!)), 'no symbol (pin) marks its centre').toBe(false);
    expect(near(JSON.parse((await map.getAttribute('data-clusters'))!)), 'no cluster sits on its centre').toBe(false);
    await expect.poll(() => map.locator('.map-legend__halo').count(), { message: 'the legend explains the halos' }).toBe(1);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    expect(await page.locator('.maplibregl-popup').innerText()).toContain('known only to the region');
    await screenshot(page, 'map-region-halo');
    expectClean(page);
    await closePage(page);
  });

  test('incidents known only to the same region share one halo that counts them, and its popup lists them all', async () => {
    const bySpot = new Map<string, string[]>();
    for (const i of incidents.filter((i) => i.data.location.precision === 'region')) {
      const k = `${i.data.location.lat},${i.data.location.lon}`;
      bySpot.set(k, [...(bySpot.get(k) ?? []), i.id]);
    }
    const shared = [...bySpot.values()].find((ids) => ids.length >= 2)!;
    expect(shared, 'the fixture has two incidents known only to one region').toBeDefined();
    const page = await openPage(`/incidents/${shared[0]}/`);
    const map = await readyMap(page);
    const box = (await map.locator('canvas.maplibregl-canvas').boundingBox())!;
    const halos = JSON.parse((await map.getAttribute('data-halos'))!) as [number, number, number][];
    const centred = halos.filter(([x, y]) => Math.hypot(x - box.width / 2, y - box.height / 2) < 3);
    expect(centred.map(([, , n]) => n), 'one halo, counting both').toEqual([shared.length]);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    expect((await popupIncidentIds(page)).sort()).toEqual([...shared].sort());
    await screenshot(page, 'map-region-halo-shared');
    expectClean(page);
    await closePage(page);
  });

  test('an incident known only to its country is listed beside the map, not drawn near the capital', async () => {
    const vague = at('country');
    const page = await openPage('/');
    const map = await readyMap(page);
    const list = map.locator('[data-map-country-only]');
    await expect.poll(() => list.isVisible()).toBe(true);
    const expected = incidents.filter((i) => i.data.location.precision === 'country').length;
    expect(Number(await map.getAttribute('data-country-only'))).toBe(expected);
    expect(await list.innerText()).toContain('Known only to the country');
    expect(await list.locator(`a[href="${sitePath(`/incidents/${vague.id}/`)}"]`).count()).toBe(1);
    expectClean(page);
    await closePage(page);
  });
});

describe('map controls', () => {
  test('reset view returns the map to where it started', async () => {
    const page = await openPage('/');
    const map = await readyMap(page);
    const start = (await map.getAttribute('data-zoom'))!;
    await map.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('=');
    await zoomChanged(map, start);
    await page.keyboard.press('=');
    const reset = map.getByRole('button', { name: 'Reset view' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => map.getAttribute('data-zoom'), { timeout: 15_000 }).toBe(start);
    expectClean(page);
    await closePage(page);
  });

  test('a cluster of incidents at one spot opens as a list instead of zooming past what the basemap shows', async () => {
    // Two or more incidents recorded at the same point, drawn as one cluster at any zoom.
    const bySpot = new Map<string, string[]>();
    for (const i of incidents) {
      if (i.data.location.precision === 'country') continue;
      const k = `${i.data.location.lat},${i.data.location.lon}`;
      bySpot.set(k, [...(bySpot.get(k) ?? []), i.id]);
    }
    const stacked = [...bySpot.values()].find((ids) => ids.length >= 2)!;
    expect(stacked, 'the fixture has incidents at one spot').toBeDefined();
    const page = await openPage(`/incidents/${stacked[0]}/`);
    const map = await readyMap(page);
    const box = (await map.locator('canvas.maplibregl-canvas').boundingBox())!;
    const clusters = JSON.parse((await map.getAttribute('data-clusters'))!) as [number, number, number][];
    const [x, y] = clusters.find(([cx, cy]) => Math.hypot(cx - box.width / 2, cy - box.height / 2) < 3)!;
    const zoom = Number(await map.getAttribute('data-zoom'));
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => page.locator('.maplibregl-popup').count(), { message: 'the cluster opens as a list' }).toBe(1);
    expect((await popupIncidentIds(page)).sort()).toEqual([...stacked].sort());
    expect(Number(await map.getAttribute('data-zoom')), 'the map did not zoom in').toBe(zoom);
    await screenshot(page, 'map-stacked-list');
    expectClean(page);
    await closePage(page);
  });

  test('the choice of areas is kept in the URL and restored from it', async () => {
    const withAreas = [...new Set(records.areas.map((a) => a.data.actor))].find((a) => new Set(records.areas.filter((r) => r.data.actor === a).map((r) => r.data.as_of)).size > 1)!;
    const page = await openPage(`/actors/${withAreas}/`);
    const map = await readyMap(page);
    const first = map.locator('[data-area-compare] input[type=radio]').first();
    const date = (await first.getAttribute('value'))!;
    await first.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('areas')).toBe(date);
    const url = new URL(page.url());
    await closePage(page);

    const again = await openPage(pathInSite(url.href) + url.search);
    const map2 = await readyMap(again);
    expect(await map2.locator('[data-area-compare] input[type=radio]').first().isChecked()).toBe(true);
    expect(await map2.locator('.map-areas li.is-dimmed').count(), 'the other dates are marked as not shown').toBeGreaterThan(0);
    await again.locator('[data-area-compare] input[type=radio]').last().check();
    await expect.poll(() => new URL(again.url()).searchParams.has('areas'), { message: 'the default choice leaves the URL clean' }).toBe(false);
    expectClean(again);
    await closePage(again);
  });

  test('a country page lists and draws only the areas that reach into the country', async () => {
    // Togo ends near 11.1°N: an actor active there has a zone lying wholly north of 12°N.
    const activeInTogo = (actor: string) => incidents.some((i) => i.data.location.country === 'tgo' && i.data.actors.perpetrators.includes(actor));
    const outside = records.areas.filter((a) => a.data.geometry?.type === 'Polygon' && a.data.geometry.coordinates.flat().every(([, lat]) => lat > 12) && activeInTogo(a.data.actor));
    expect(outside.length, 'an actor active in Togo has a zone far north of it').toBeGreaterThan(0);
    // A zone with a corner in northern Togo (10-11°N, 0-1.3°E) reaches into it.
    const inside = records.areas.filter((a) => a.data.geometry?.type === 'Polygon' && activeInTogo(a.data.actor) && a.data.geometry.coordinates.flat().some(([lon, lat]) => lat > 10 && lat < 11 && lon > 0 && lon < 1.3));
    expect(inside.length, 'an actor active in Togo has a zone reaching into it').toBeGreaterThan(0);
    const page = await openPage('/countries/tgo/');
    const map = await readyMap(page);
    const listed = await map.locator('.map-areas li').allInnerTexts();
    for (const a of inside) expect(listed.join('\n'), 'the zone over Togo is listed').toContain(formatDayEn(a.data.as_of));
    for (const a of outside) expect(listed.join('\n'), 'the zone far from Togo is not').not.toContain(formatDayEn(a.data.as_of));
    expect(await map.locator('[data-area-compare] input[type=radio]').count(), 'no date to choose that would show nothing in Togo').toBe(0);
    expectClean(page);
    await closePage(page);
  });
});

describe('a light page', () => {
  test('MapLibre and the map data load only once the map is scrolled into view; the incident page stays under 50 KB before', async () => {
    const page = await openPage(`/incidents/${newest.id}/`, { width: 360, height: 400, waitUntil: 'networkidle' });
    const top = (await page.locator('incident-map').first().boundingBox())!.y;
    expect(top, 'the map starts below the first screen (precondition)').toBeGreaterThan(600);
    // Paths in the site (base path taken off), to read the files from the built folder.
    const resources = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)).then((urls) => urls.map((u) => pathInSite(u)));
    const before = await resources();
    // The poster image may come early (it is the placeholder); MapLibre and the data may not.
    expect(before.filter((p) => /map-view|maplibre|\/map\/(?!poster\.svg)/.test(p)), 'nothing of the map before it is seen').toEqual([]);
    await readyMap(page);
    const after = await resources();
    // Points fetched once even if the page has several maps.
    expect(after.filter((p) => p === '/map/points.json').length).toBe(1);

    const dir = inject('mainDir');
    // The budget counts what makes the page readable: HTML, CSS and JavaScript.
    const gz = (paths: string[]) =>
      [...new Set(paths)].filter((p) => p.endsWith('/') || /\.(html|css|js|mjs)$/.test(p)).reduce((sum, p) => {
        const file = join(dir, p.endsWith('/') ? `${p}index.html` : p);
        return existsSync(file) ? sum + gzipSync(readFileSync(file)).length : sum;
      }, 0);
    const page0 = `/incidents/${newest.id}/`;
    const beforeBytes = gz([page0, ...before]);
    const afterBytes = gz([page0, ...after]);
    const dataBytes = [...new Set(after)].filter((p) => p.startsWith('/map/')).reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p))).length, 0);
    console.log(`incident page, gzip: ${(beforeBytes / 1024).toFixed(1)} KB of HTML, CSS and JS before the map loads, ${(afterBytes / 1024).toFixed(1)} KB after, plus ${(dataBytes / 1024).toFixed(1)} KB of map data and poster`);
    expect(beforeBytes).toBeLessThan(50 * 1024);
    expectClean(page);
    await closePage(page);
  });
});

describe('a map on a poor connection', () => {
  test('a map whose point data does not come the first time tries once more and draws', async () => {
    const page = await openPage(`/incidents/${newest.id}/`, { width: 360, height: 400, waitUntil: 'networkidle' });
    // The map is below the first screen, so nothing of it is loaded yet: the connection drops
    // for its first request of the points, as on a phone between two masts.
    await page.evaluate(() => {
      const real = window.fetch.bind(window);
      let dropped = false;
      window.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (!dropped && url.endsWith('/map/points.json')) {
          dropped = true;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return real(input, init);
      };
    });
    const map = await readyMap(page);
    expect(Number(await map.getAttribute('data-point-count')), 'incidents drawn').toBeGreaterThan(0);
    expect(pageRecord(page).consoleWarnings.join('\n'), 'the first try failed (precondition)').toMatch(/incident map, trying again/);
    expectClean(page);
    await closePage(page);
  });
});
