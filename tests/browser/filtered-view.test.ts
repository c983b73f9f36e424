/**
 * The analyst's filtered view of `/incidents/`: one set of filters drives the map, the table,
 * the monthly chart and the downloads together, the address keeps it, and opening the address
 * restores the same view. Expected sets are worked out here from the fixture records.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, mapsReady, openPage, pathInSite, screenshot, sitePath, type Page } from './harness.ts';
import { siteRecords } from './records.ts';
import { totalRange } from '../../src/domain/ranges.ts';
import { regionId } from '../../src/domain/regions.ts';
import { dateSpan, isVagueDate, overlaps } from '../../src/domain/date-span.ts';
import { filteredColumns } from '../../src/domain/filtered-download.ts';

afterAll(closeBrowser);

const incidents = siteRecords('main').incidents.filter((i) => !i.data.withdrawn);
type Rec = (typeof incidents)[number];
const ids = (keep: (i: Rec) => boolean) => incidents.filter(keep).map((i) => i.id).sort();
const killed = (i: Rec) => totalRange(i.data.claims, 'killed');

// Military victims with a toll reaching 10 or more: the fixture has such incidents in several countries and months.
const victims = 'military';
const killedMin = 10;
const want = ids((i) => i.data.claims.some((c) => c.victims === victims) && (killed(i)?.high ?? Infinity) >= killedMin && killed(i) !== undefined);

const tableIds = (page: Page) => page.locator('#incident-index tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident-id')!).sort());
const mapCount = (page: Page) => page.getAttribute('incident-map', 'data-point-count').then(Number);
const chartTotal = (page: Page) => page.locator('[data-explore-chart] .bar').evaluateAll((bars) => bars.reduce((n, b) => n + Number(b.getAttribute('data-count')), 0));

/** Clicks a download link and returns the file it gives, as text. */
async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-downloads] a[data-format="${format}"]`)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Every part of the view shows `expected`; the downloads hold exactly those rows. */
async function expectView(page: Page, expected: string[]) {
  await expect.poll(() => tableIds(page), { message: 'table rows' }).toEqual(expected);
  await expect.poll(() => page.locator('.filter-status').innerText()).toMatch(new RegExp(`^Showing ${expected.length} of ${incidents.length} incidents`));
  await mapsReady(page);
  await expect.poll(() => mapCount(page), { message: 'incidents on the map' }).toBe(expected.length);
  await expect.poll(() => chartTotal(page), { message: 'incidents in the chart' }).toBe(expected.length);
  expect(await page.locator('[data-downloads-label]').innerText()).toBe(`Download these ${expected.length} incidents:`);

  const csv = await download(page, 'csv');
  const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
  expect(csv.text.split('\r\n')[0]).toBe(filteredColumns.join(','));
  expect(rows.map((r) => r.id).sort()).toEqual(expected);
  for (const r of rows) {
    const rec = incidents.find((i) => i.id === r.id)!;
    expect(r.title).toBe(rec.data.title);
    expect(r.killed_low).toBe(String(killed(rec)!.low));
  }
  const geo = JSON.parse((await download(page, 'geojson')).text);
  expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual(expected);
  const json = JSON.parse((await download(page, 'json')).text);
  expect(json.incidents.map((r: { id: string }) => r.id).sort()).toEqual(expected);
  expect(json.count).toBe(expected.length);
}

describe('the filtered view of the incident index', () => {
  test('filters move the map, the table, the chart and the downloads together, and a shared URL restores them', async () => {
    expect(want.length, 'the fixture has matching incidents').toBeGreaterThan(1);
    expect(want.length, 'and the filter leaves some out').toBeLessThan(incidents.length);
    const page = await openPage('/incidents/');
    let shared = '';
    try {
      await page.selectOption('#f-victims', victims);
      await page.fill('#f-killed-min', String(killedMin));
      await page.press('#f-killed-min', 'Enter');
      await expectView(page, want);
      shared = pathInSite(page.url()) + new URL(page.url()).search;
      expect(shared).toBe(`/incidents/?victims=${victims}&killed_min=${killedMin}`);
      expect(await page.locator('[data-filter-count]').innerText()).toBe(' (2)');
      expectClean(page);
    } finally {
      await screenshot(page, 'filtered-view-1280');
      await closePage(page);
    }

    // A reader who opens the shared address, on a phone, sees the same view.
    const again = await openPage(shared, { width: 360, fresh: true });
    try {
      // The page's script fills the form in from the address (once, in one go).
      await expect.poll(() => again.inputValue('#f-victims')).toBe(victims);
      expect(await again.inputValue('#f-killed-min')).toBe(String(killedMin));
      // On a phone the filters fold behind one button that counts them.
      expect(await again.locator('[data-filter-fold]').getAttribute('open')).toBeNull();
      await expectView(again, want);
      expectClean(again);
    } finally {
      await screenshot(again, 'filtered-view-360');
      await closePage(again);
    }
  });

  test('region, target and dates narrow the view, a vague date counted when its span overlaps', async () => {
    const withRegion = incidents.filter((i) => i.data.location.admin1);
    const region = regionId(withRegion[0].data.location.country, withRegion[0].data.location.admin1!);
    const expected = ids((i) => !!i.data.location.admin1 && regionId(i.data.location.country, i.data.location.admin1) === region);
    const page = await openPage(`/incidents/?region=${region}`);
    try {
      await expect.poll(() => tableIds(page)).toEqual(expected);
      expect(await page.inputValue('#f-region')).toBe(region);
      const target = incidents.flatMap((i) => i.data.actors.targets)[0];
      await page.selectOption('#f-region', '');
      await page.selectOption('#f-target', target);
      await expect.poll(() => tableIds(page)).toEqual(ids((i) => i.data.actors.targets.includes(target)));
      expect(new URL(page.url()).search).toBe(`?target=${target}`);

      // A day inside a vague incident's span, after its first day: it is in, and the status says it is vague.
      const vague = incidents.find((i) => isVagueDate(i.data))!;
      const day = dateSpan(vague.data).last;
      await page.selectOption('#f-target', '');
      await page.fill('#f-from', day);
      await page.fill('#f-to', day);
      await page.press('#f-to', 'Enter');
      const inRange = ids((i) => overlaps(dateSpan(i.data), day, day));
      expect(inRange).toContain(vague.id);
      await expect.poll(() => tableIds(page)).toEqual(inRange);
      await expect.poll(() => page.locator('.filter-status').innerText()).toMatch(/, \d+ of them known only to the (week|month|year)/);
      await expect.poll(() => chartTotal(page)).toBe(inRange.length);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('clearing the filter puts the full downloads back', async () => {
    const page = await openPage(`/incidents/?victims=${victims}`);
    try {
      await expect.poll(() => page.locator('[data-downloads-label]').innerText()).toMatch(/^Download these/);
      expect(await page.getAttribute('[data-downloads] a[data-format="csv"]', 'href')).toMatch(/^blob:/);
      await page.click('.filter-form button[type=reset]');
      await expect.poll(() => page.getAttribute('[data-downloads] a[data-format="csv"]', 'href')).toBe(sitePath('/data/incidents.csv'));
      expect(await page.locator('[data-downloads-note]').isVisible()).toBe(false);
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript the page lists incidents and links the full downloads', async () => {
    const page = await openPage(`/incidents/?victims=${victims}`, { javaScript: false });
    try {
      expect(await page.locator('#incident-index tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-filter-fold]').isVisible()).toBe(false);
      expect(await page.getAttribute('[data-downloads] a[data-format="csv"]', 'href')).toBe(sitePath('/data/incidents.csv'));
    } finally {
      await closePage(page);
    }
  });
});
