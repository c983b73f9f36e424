/**
 * Incidents by region: an analyst asks "where is it getting worse?" on a country page, reads
 * the two maps and the table, follows a region to its incidents, compares two periods of their
 * own and shares the address. Counts are checked against the fixture records, not hard-coded.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, openPage, screenshot, sitePath, type Page } from './harness.ts';
import { fixtureIncident, siteRecords } from './records.ts';
import { seriousViolations } from './axe.ts';
import { dateSpan, overlaps } from '../../src/domain/date-span.ts';
import { regionId } from '../../src/domain/regions.ts';

afterAll(closeBrowser);

const { incidents } = siteRecords('main');
// Tombouctou: the records' name of a region the boundary data spells Timbuktu (drawn through a
// spelling match); Ménaka: a region created in 2023 the boundary data lacks (counted, not drawn).
const tombouctou = fixtureIncident('2025-11-12-sorbanka-convoy-ambush').data.location;
const menaka = fixtureIncident('2024-10-03-tinabar-well-attack').data.location;
const country = tombouctou.country;
const newestYear = incidents.map((i) => i.data.date).sort().at(-1)!.slice(0, 4);
const lastYear = String(+newestYear - 1);
const year = (y: string) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** Incidents of a region whose dates overlap a period, from the records. */
function expectedIds(admin1: string, p: { from: string; to: string }): string[] {
  return incidents
    .filter((i) => i.data.location.country === country && i.data.location.admin1 === admin1 && overlaps(dateSpan(i.data), p.from, p.to))
    .map((i) => i.id)
    .sort();
}
const count = (admin1: string, p: { from: string; to: string }) => expectedIds(admin1, p).length;

/** The table as [region id, incidents A, incidents B] rows. */
const tableRows = (page: Page) =>
  page.locator('.rc-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-region'), (r.children[1] as HTMLElement).innerText, (r.children[2] as HTMLElement).innerText]),
  );
const rowOf = async (page: Page, id: string) => (await tableRows(page)).find((r) => r[0] === id);

describe('incidents by region on a country page', () => {
  test('two maps and a table give each region’s incidents in the newest year and the year before', async () => {
    const page = await openPage(`/countries/${country}/`);
    try {
      const id = regionId(country, tombouctou.admin1!);
      const a = count(tombouctou.admin1!, year(lastYear));
      const b = count(tombouctou.admin1!, year(newestYear));
      expect(a + b, 'the fixture has Tombouctou incidents in the two default years').toBeGreaterThan(1);
      expect(await rowOf(page, id)).toEqual([id, String(a), String(b)]);
      expect(await page.locator('.rc-table th[data-col="incidents-b"]').innerText()).toBe(`Incidents, ${newestYear}`);

      // Each map draws the region as a link to its incidents of that period, named with its count.
      const shape = page.locator(`.rc-map[data-period="b"] a[data-ids~="${id}"]`);
      expect(await shape.getAttribute('href')).toBe(sitePath(`/incidents/?region=${id}&from=${newestYear}-01-01&to=${newestYear}-12-31`));
      expect(await shape.getAttribute('aria-label')).toMatch(new RegExp(`^${tombouctou.admin1}: ${b} incidents?, `));
      expect(await page.locator('.rc-map[data-period="b"] svg').getAttribute('aria-label')).toContain(newestYear);
      // Coloured: a class above "none", the same as its legend swatch.
      const fill = await shape.locator('use').evaluate((u) => getComputedStyle(u).fill);
      const c = await shape.locator('use').getAttribute('data-c');
      expect(Number(c)).toBeGreaterThan(0);
      expect(await page.locator(`.rc-legend-incidents .rc-swatch[data-c="${c}"]`).evaluate((s) => getComputedStyle(s).backgroundColor)).toBe(fill);

      // A region the boundary data lacks is counted in the table, marked, and drawn nowhere.
      const mid = regionId(country, menaka.admin1!);
      expect(await rowOf(page, mid)).toEqual([mid, String(count(menaka.admin1!, year(lastYear))), String(count(menaka.admin1!, year(newestYear)))]);
      expect(await page.locator(`.rc-table tr[data-region="${mid}"] th`).innerText()).toContain('not on the map');
      expect(await page.locator(`.rc-map a[data-ids~="${mid}"]`).count()).toBe(0);
      expect(await page.locator('.rc-notes').innerText()).toContain('missing from the boundary data');

      // Coloured by people killed instead: the radio alone switches, no script needed.
      await page.locator('.rc-measure input[value="killed"]').check();
      expect(await page.locator('.rc-legend-killed').isVisible()).toBe(true);
      expect(await page.locator('.rc-legend-incidents').isVisible()).toBe(false);
      const k = await shape.locator('use').getAttribute('data-k');
      expect(await shape.locator('use').evaluate((u) => getComputedStyle(u).fill)).toBe(
        await page.locator(`.rc-legend-killed .rc-swatch[data-c="${k}"]`).evaluate((s) => getComputedStyle(s).backgroundColor),
      );
      expectClean(page);
    } finally {
      await screenshot(page, 'regions-country-1280');
      await closePage(page);
    }
  });

  test('a region’s link leads to the list of its incidents in that period', async () => {
    const page = await openPage(`/countries/${country}/`);
    try {
      const id = regionId(country, tombouctou.admin1!);
      await Promise.all([page.waitForURL(/\/incidents\/\?region=/), page.locator(`.rc-table tr[data-region="${id}"] td:nth-child(3) a`).click()]);
      expect(new URL(page.url()).search).toBe(`?region=${id}&from=${newestYear}-01-01&to=${newestYear}-12-31`);
      const want = expectedIds(tombouctou.admin1!, year(newestYear));
      await expect
        .poll(() => page.locator('#incident-index tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident-id')!).sort()))
        .toEqual(want);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('two periods of the reader’s own recount the table and maps, go into the address, and come back with it', async () => {
    const a = { from: '2018-01-01', to: '2023-12-31' };
    const b = { from: `${lastYear}-01-01`, to: `${newestYear}-06-30` };
    const page = await openPage(`/countries/${country}/`);
    try {
      for (const [name, value] of [['afrom', a.from], ['ato', a.to], ['bfrom', b.from], ['bto', b.to]]) await page.fill(`.rc-form input[name="${name}"]`, value);
      await page.click('.rc-form button[type="submit"]');
      const want = [...new Set(incidents.filter((i) => i.data.location.country === country && i.data.location.admin1).map((i) => i.data.location.admin1!))]
        .map((n) => [regionId(country, n), String(count(n, a)), String(count(n, b))])
        .filter((r) => r[1] !== '0' || r[2] !== '0');
      expect(want.length).toBeGreaterThan(1);
      const sorted = (rows: (string | null)[][]) => [...rows].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      await expect.poll(async () => sorted(await tableRows(page))).toEqual(sorted(want));
      expect(new URL(page.url()).search).toBe(`?a=${a.from}..${a.to}&b=${b.from}..${b.to}`);
      expect(await page.locator('.rc-map[data-period="b"] figcaption').innerText()).toBe(`Period B: 1 January ${lastYear} – 30 June ${newestYear}`);
      const id = regionId(country, tombouctou.admin1!);
      const shapeHref = await page.locator(`.rc-map[data-period="a"] a[data-ids~="${id}"]`).getAttribute('href');
      expect(shapeHref).toBe(count(tombouctou.admin1!, a) ? sitePath(`/incidents/?region=${id}&from=${a.from}&to=${a.to}`) : null);
      const before = await tableRows(page);

      // The shared address restores the same comparison.
      const again = await openPage(`/countries/${country}/?a=${a.from}..${a.to}&b=${b.from}..${b.to}`, { fresh: true });
      try {
        expect(await again.inputValue('.rc-form input[name="bto"]')).toBe(b.to);
        await expect.poll(() => tableRows(again)).toEqual(before);
        expect(await again.locator('.rc-table caption').innerText()).toContain(`2018 – 31 December 2023`);
        expectClean(again);
      } finally {
        await closePage(again);
      }
      expectClean(page);
    } finally {
      await screenshot(page, 'regions-country-periods');
      await closePage(page);
    }
  });

  test('without JavaScript the default comparison shows and no form that would do nothing', async () => {
    const page = await openPage(`/countries/${country}/`, { javaScript: false });
    try {
      expect(await page.locator('.rc-form').isVisible()).toBe(false);
      expect((await tableRows(page)).length).toBeGreaterThan(1);
      expect(await page.locator('.rc-map a[href]').count()).toBeGreaterThan(1);
    } finally {
      await closePage(page);
    }
  });
});

test('the home page compares the regions of the busiest countries in one map and table', async () => {
  const page = await openPage('/');
  try {
    const countries = new Set(await page.locator('.rc-map[data-period="a"] a[data-ids]').evaluateAll((as) => as.map((a) => a.getAttribute('data-ids')!.slice(0, 3))));
    expect(countries.size).toBeGreaterThan(1);
    expect(await page.locator('.rc-table thead th').nth(1).innerText()).toBe('Country');
    const shown = new Set(await page.locator('.rc-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')!.slice(0, 3))));
    for (const c of shown) expect(countries.has(c), `the table's ${c} regions are on the map's countries`).toBe(true);
    expectClean(page);
  } finally {
    await closePage(page);
  }
});

describe.each([1280, 360])('the regional comparison at %i px', (width) => {
  test.each([
    ['country', `/countries/${country}/`],
    ['home', '/'],
  ])('on the %s page it is axe-clean and fits the screen', async (name, path) => {
    const page = await openPage(path, { width });
    try {
      await page.locator('region-comparison').scrollIntoViewIfNeeded();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const box = await page.locator('.rc-map svg').first().boundingBox();
      expect(box!.width).toBeGreaterThan(width < 400 ? 250 : 300);
    } finally {
      await page.locator('region-comparison').screenshot({ path: await screenshot(page, `regions-${name}-${width}`).then((p) => p.replace(/\.png$/, '-section.png')) });
      await closePage(page);
    }
  });
});
