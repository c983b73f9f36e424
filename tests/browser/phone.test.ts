/**
 * Phone layouts (360 px): no page scrolls sideways (tables become one card per row), the search
 * filters fold behind one button that counts the active ones, and monthly charts open on the
 * latest months. Every page type is screenshotted at 360 px for a person to look at.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, openPage, screenshot } from './harness.ts';
import { newest, notFoundPath, pageTypes } from './page-types.ts';
import { siteRecords } from './records.ts';

afterAll(closeBrowser);

describe('at 360 px no page scrolls sideways', () => {
  test.each(pageTypes)('the %s page (%s)', async (name, path) => {
    const page = await openPage(path, { width: 360, status: path === notFoundPath ? 404 : 200, waitUntil: 'networkidle' });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // Nor does any table inside its own scrolling box (charts may: they open on the latest months).
      const wideTables = await page.locator('.table-scroll').evaluateAll((boxes) =>
        boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => `${b.getAttribute('aria-label') ?? b.querySelector('caption')?.textContent}: ${b.scrollWidth} px`));
      expect(wideTables, 'tables wider than the screen').toEqual([]);
    } finally {
      await screenshot(page, `phone-${name}`);
      await closePage(page);
    }
  });
});

test('the incident index shows date, place, title and toll of each row within the screen', async () => {
  const page = await openPage('/incidents/', { width: 360 });
  try {
    const row = page.locator('main tbody tr').first();
    for (const cell of ['.cell-date', '.cell-place', '.cell-title a', '.cell-killed']) {
      const box = await row.locator(cell).boundingBox();
      expect(box, `${cell} is shown`).not.toBeNull();
      expect(box!.x + box!.width, `${cell} ends within the screen`).toBeLessThanOrEqual(360);
    }
    // The card repeats the heading of the toll; the column headings stay in the table for screen readers.
    expect(await row.locator('.cell-killed').getAttribute('data-label')).toBe('Killed');
    expect(await page.locator('main thead th[scope="col"]').count()).toBeGreaterThan(0);
    expectClean(page);
  } finally {
    await closePage(page);
  }
});

test('the search filters fold behind one button that counts the active ones, and the first result is above the fold', async () => {
  // Filters alone search (no words): the newest incident's country and year find at least that incident.
  const country = siteRecords('main').countries.find((c) => c.id === newest.data.location.country)!.data.name;
  const path = `/search/?${new URLSearchParams({ country, year: newest.data.date.slice(0, 4) })}`;
  const page = await openPage(path, { width: 360 });
  try {
    const fold = page.locator('[data-search-fold]');
    await expect.poll(() => fold.locator('summary').innerText()).toBe('Filters (2)');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open), 'folded on a phone').toBe(false);
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y, 'the first result starts above the fold').toBeLessThan(780 - 40);
    // The button opens the filters, and choosing one more updates the count.
    await fold.locator('summary').click();
    await expect.poll(() => page.locator('#search-filter-country').isVisible()).toBe(true);
    await page.selectOption('#search-filter-country', '');
    await expect.poll(() => fold.locator('summary').innerText()).toBe('Filters (1)');
    expectClean(page);
  } finally {
    await screenshot(page, 'phone-search-filters');
    await closePage(page);
  }
  const wide = await openPage(path);
  try {
    const fold = wide.locator('[data-search-fold]');
    await expect.poll(() => fold.evaluate((d) => (d as HTMLDetailsElement).open), { message: 'open where there is room' }).toBe(true);
  } finally {
    await closePage(wide);
  }
});

test('monthly charts that scroll sideways open on the latest months, and are keyboard-reachable regions', async () => {
  const page = await openPage('/timeline/', { width: 360 });
  try {
    const charts = page.locator('.chart-scroll');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const at = await chart.evaluate((el) => ({ left: el.scrollLeft, max: el.scrollWidth - el.clientWidth, tab: el.tabIndex, role: el.getAttribute('role'), name: el.getAttribute('aria-label') }));
      expect(at.max, 'the chart is wider than the phone').toBeGreaterThan(0);
      await expect.poll(() => chart.evaluate((el) => el.scrollWidth - el.clientWidth - el.scrollLeft), { message: 'scrolled to the end' }).toBeLessThanOrEqual(1);
      expect(at).toMatchObject({ tab: 0, role: 'region' });
      expect(at.name).toBeTruthy();
    }
    expectClean(page);
  } finally {
    await closePage(page);
  }
});
