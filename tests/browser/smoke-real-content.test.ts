/**
 * The one browser test over the real, bundled `content/` (every other test runs on the
 * fixture dataset). The real record grows and is corrected every week, so this test relies
 * on no particular record: it reads the records at run time, picks one incident among them,
 * and checks that the main pages of the real site load cleanly and show the counts the
 * records give. It catches what only real data could break (a record the fixture does not
 * imitate, a count gone wrong at scale) without tying the code tests to the data.
 *
 * SMOKE_INCIDENT=<id> picks the incident instead of chance (the id is printed on every run).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatIncidentDate } from '../../src/domain/dates.ts';
import { decodePoints, type PointsFile } from '../../src/domain/map-points.ts';
import { closeBrowser, closePage, expectClean, openPage, screenshot, siteUrl, type Page } from './harness.ts';
import { siteRecords } from './records.ts';
import { pageCount, pageItems } from '../../src/domain/pagination.ts';

afterAll(closeBrowser);

const site = 'real';
const records = siteRecords(site);
// Newest first, ties by id in code-unit order: the order of the site's lists.
const incidents = [...records.incidents].sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1));
const chosenId = process.env.SMOKE_INCIDENT ?? incidents[Math.floor(Math.random() * incidents.length)]?.id;
const chosen = incidents.find((i) => i.id === chosenId)!;
const country = records.countries.find((c) => c.id === chosen?.data.location.country)!;
const inCountry = incidents.filter((i) => i.data.location.country === country?.id);

/** A number as the site writes it ("1,234"). */
const count = (text: string) => Number(text.replace(/,/g, ''));

async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** Ids of the incident rows of a table on the page. */
async function rowIds(page: Page, table = 'main'): Promise<string[]> {
  return page.locator(`${table} tr[data-incident-id]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident-id')!));
}

beforeAll(() => {
  // A real site that did not build is a failure of this test (with the build's own log), not a skip.
  expect(inject('realBuildError'), 'the real site (content/) must build').toBe('');
  expect(incidents.length, 'content/ holds incidents').toBeGreaterThan(0);
  expect(chosen, `SMOKE_INCIDENT=${chosenId} is an incident of content/`).toBeDefined();
  console.log(`[smoke] ${incidents.length} real incidents; the incident page opened is ${chosen.id} (SMOKE_INCIDENT=${chosen.id} to open it again)`);
});

describe('the real site (content/)', () => {
  test('the home page shows the size of the record, lists the newest incidents and maps every incident', async () => {
    const page = await openPage('/', { site });
    try {
      const whole = page.locator('.stat-block', { has: page.locator('h3', { hasText: 'Whole record' }) }).locator('.stat-value').first();
      expect(count(await whole.innerText()), 'incidents in the whole record').toBe(incidents.length);
      expect(await page.locator('main a[href="/incidents/"]').allInnerTexts()).toContain(`All ${incidents.length.toLocaleString('en')} incidents`);
      const newest = await rowIds(page, '#home-newest');
      expect(newest.length).toBe(Math.min(12, incidents.length));
      expect(newest[0]).toBe(incidents[0].id);
      // The map of every incident is built for all of them (drawing maps is the fixture tests' job; the data is checked below).
      expect(Number(await page.locator('incident-map').first().getAttribute('data-expected-count')), 'incidents the home map is for').toBe(incidents.length);
      expectClean(page);
    } finally {
      await screenshot(page, 'smoke-real-home');
      await closePage(page);
    }
  });

  test('an incident page picked at random shows its record: title, date, every claim and source', async () => {
    const page = await openPage(`/incidents/${chosen.id}/`, { site });
    try {
      expect(await page.locator('h1').innerText()).toContain(chosen.data.title);
      const text = await mainText(page);
      expect(text).toContain(formatIncidentDate(chosen.data));
      expect(text).toContain(chosen.data.location.name);
      expect(text).toContain(`Every claim (${chosen.data.claims.length})`);
      expect(await page.locator('main table.claims-table tbody tr').count(), 'one row per claim').toBe(chosen.data.claims.length);
      const links = new Set(
        (await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => new URL(h).pathname),
      );
      for (const c of chosen.data.claims) expect(links, `a link to source ${c.source}`).toContain(`/sources/${c.source}/`);
      for (const a of chosen.data.actors.perpetrators) expect(links, `a link to actor ${a}`).toContain(`/actors/${a}/`);
      expectClean(page);
    } finally {
      await screenshot(page, 'smoke-real-incident');
      await closePage(page);
    }
  });

  test('every id that a renamed or merged record replaces still opens, says where the record went and links there', async () => {
    // Read as HTML, not in the browser: the page sends the reader on after a few seconds.
    const moved = incidents.flatMap((i) => i.data.replaces.map((old) => ({ old, to: i })));
    for (const { old, to } of moved) {
      const res = await fetch(`${siteUrl(site)}/incidents/${old}/`);
      expect(res.status, old).toBe(200);
      const html = await res.text();
      expect(html).toContain('<h1>Record moved</h1>');
      expect(html, `${old} links to ${to.id}`).toContain(`href="/incidents/${to.id}/"`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/incidents/${to.id}/"`));
      expect(html).toMatch(new RegExp(`http-equiv="refresh" content="\\d+;url=/incidents/${to.id}/"`));
    }
  });

  test('the incidents list shows the newest incidents on its first page and counts its pages', async () => {
    const page = await openPage('/incidents/', { site });
    try {
      const ids = await rowIds(page);
      expect(ids).toEqual(pageItems(incidents, 1).map((i) => i.id));
      expect(ids[0]).toBe(incidents[0].id);
      expect(await page.locator('main').innerText()).toContain(`Page 1 of ${pageCount(incidents.length)}`);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('the page of the picked incident\'s country counts its incidents and lists the latest', async () => {
    const page = await openPage(`/countries/${country.id}/`, { site });
    try {
      expect(await page.locator('h1').innerText()).toContain(country.data.name);
      const lede = (await page.locator('main .lede').first().innerText()).replace(/\s+/g, ' ');
      expect(count(/^([\d,]+) incidents? recorded/.exec(lede)?.[1] ?? 'NaN'), `the count in "${lede}"`).toBe(inCountry.length);
      const rows = await rowIds(page, '#country-incidents');
      expect(rows).toEqual(pageItems(inCountry, 1).map((i) => i.id));
      expectClean(page);
    } finally {
      await screenshot(page, 'smoke-real-country');
      await closePage(page);
    }
  });

  test('search finds the picked incident by its place, and the country filter counts the country\'s incidents', async () => {
    const query = new URLSearchParams({ q: chosen.data.location.name, country: country.data.name, year: chosen.data.date.slice(0, 4) });
    const page = await openPage(`/search/?${query}`, { site });
    try {
      const status = page.locator('[data-search-status]');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^(\d[\d,]*|No) results?\b/);
      const hrefs = () => page.locator('[data-search-results] > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // Page through the results ("Show more") until the incident shows or there are no more.
      const target = `/incidents/${chosen.id}/`;
      for (let i = 0; i < 20 && !(await hrefs()).includes(target) && (await page.locator('[data-search-more]').isVisible()); i++) {
        const before = (await hrefs()).length;
        await page.click('[data-search-more]');
        await expect.poll(async () => (await hrefs()).length, { timeout: 15_000 }).toBeGreaterThan(before);
      }
      expect(await hrefs(), `results for ${query}`).toContain(target);
      expectClean(page);
    } finally {
      await screenshot(page, 'smoke-real-search');
      await closePage(page);
    }

    const filtered = await openPage(`/search/?${new URLSearchParams({ country: country.data.name })}`, { site });
    try {
      const status = filtered.locator('[data-search-status]');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^\d[\d,]* results?\b/);
      expect(count(/^([\d,]+)/.exec(await status.innerText())![1]), `results for country ${country.data.name}`).toBe(inCountry.length);
      expectClean(filtered);
    } finally {
      await closePage(filtered);
    }
  });

  test('the map data holds every incident, at its place, and every area', async () => {
    const points = decodePoints((await (await fetch(`${siteUrl(site)}/map/points.json`)).json()) as PointsFile).points;
    expect(points.length).toBe(incidents.length);
    expect(points.map((p) => p.id).sort()).toEqual(incidents.map((i) => i.id).sort());
    // The picked incident is where its record puts it (points are stored to 1e-4 degree).
    const point = points.find((p) => p.id === chosen.id)!;
    expect(point.country).toBe(chosen.data.location.country);
    expect(point.lat).toBeCloseTo(chosen.data.location.lat, 3);
    expect(point.lon).toBeCloseTo(chosen.data.location.lon, 3);
    const res = await fetch(`${siteUrl(site)}/map/areas.json`);
    expect(res.status).toBe(200);
    const areas = (await res.json()) as { id: string }[];
    // Areas a source describes only in words are listed on pages, not drawn.
    expect(areas.map((a) => a.id).sort()).toEqual(records.areas.filter((a) => a.data.drawn_from !== 'described').map((a) => a.id).sort());
  });
});
