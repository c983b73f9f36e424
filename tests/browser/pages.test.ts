/**
 * Every page type of the fixture site, as an analyst on a desktop and a reader on a phone
 * meet it: it renders its heading and the content it exists for, with no script error,
 * failed request or request to another host. Screenshots land in test-results/screenshots/.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { addDays, formatDay, formatIncidentDate } from '../../src/domain/dates.ts';
import { actorLabel } from '../../src/domain/labels.ts';
import en from '../../src/translations/en.ts';
import { formatFigure, formatRange, independentClaims, rangesByVictims } from '../../src/domain/ranges.ts';
import { datePrecisions, geoPrecisions } from '../../src/domain/vocabulary.ts';
import { closeBrowser, closePage, expectClean, mapsReady, openPage, pathInSite, screenshot, sitePath, type OpenOptions, type Page } from './harness.ts';
import { fixtureIncident, siteRecords } from './records.ts';

afterAll(closeBrowser);

const records = siteRecords('main');
const incidents = [...records.incidents].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
const newest = incidents[0];
// The fixture's base assault: four claims that disagree on the toll, two of them relayed from a party (claimed_by).
const contested = fixtureIncident('2025-06-01-beldoro-base-assault');
const country = records.countries.find((c) => c.id === newest.data.location.country)!;
const actor = records.actors.find((a) => a.id === newest.data.actors.perpetrators[0])!;
const year = newest.data.date.slice(0, 4);
const month = newest.data.date.slice(0, 7);
const source = records.sources.find((s) => s.id === newest.data.claims[0].source)!;
const brief = records.briefs[0];

const widths = [1280, 360];

/** Text of the page's main landmark as a reader sees it (whitespace collapsed). */
async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

async function h1(page: Page): Promise<string> {
  expect(await page.locator('h1').count(), 'the page has one h1').toBe(1);
  return (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();
}

/** Paths in the site (from its root, base path taken off) of every link in main, without query or hash. */
async function linkPaths(page: Page): Promise<Set<string>> {
  // Read the attribute, resolved: an SVG link's `href` property is not a string.
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));
  return new Set(hrefs.map((h) => pathInSite(h)));
}

/** Ids of incidents shown as rows/items (every such element carries data-incident-id). */
async function listedIncidentIds(page: Page): Promise<Set<string>> {
  const ids = await page.locator('main [data-incident-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')!));
  return new Set(ids);
}

/**
 * Opens a page at each width, runs the checks, and fails on anything a user would notice:
 * errors, failed or foreign requests, or a page wider than a phone's screen.
 */
function pageTest(name: string, path: string, check: (page: Page, width: number) => Promise<void>, options: OpenOptions = {}) {
  describe(name, () => {
    test.each(widths)(`renders completely and cleanly at %i px (${path})`, async (width) => {
      const page = await openPage(path, { ...options, width });
      try {
        await check(page, width);
        await mapsReady(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `the page scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        expectClean(page);
      } finally {
        await screenshot(page, `${name.toLowerCase().replace(/\W+/g, '-')}-${width}`);
        await closePage(page);
      }
    });
  });
}

pageTest('Home', '/', async (page) => {
  expect(await h1(page)).not.toBe('');
  // What changed most recently: the newest incident is on the home page, linked.
  expect(await linkPaths(page)).toContain(`/incidents/${newest.id}/`);
  const text = await mainText(page);
  expect(text).toContain(newest.data.title);
  // Headline figures for the last 30 and 365 days of the record (counted back from its newest incident) and the whole record.
  expect(text).toMatch(/last 30 days/i);
  expect(text).toMatch(/last 365 days/i);
  const blockCount = async (heading: string) =>
    Number((await page.locator('.stat-block', { has: page.locator('h3', { hasText: heading }) }).locator('.stat-value').first().innerText()).replace(/,/g, ''));
  for (const days of [30, 365]) {
    const since = addDays(newest.data.date, -days);
    expect(await blockCount(`Last ${days} days`), `incidents in the last ${days} days`).toBe(incidents.filter((i) => i.data.date > since).length);
  }
  expect(await blockCount('Whole record')).toBe(incidents.length);
  expect(await page.locator(`main a[href="${sitePath('/incidents/')}"]`).allInnerTexts()).toContain(`All ${incidents.length} incidents`);
});

pageTest('Incidents index', '/incidents/', async (page) => {
  expect(await h1(page)).toMatch(/incident/i);
  expect([...(await listedIncidentIds(page))].sort()).toEqual(incidents.map((i) => i.id).sort());
  // One row per incident file, no more.
  expect(await page.locator('main table tr[data-incident-id]').count()).toBe(incidents.length);
  // Newest first.
  const dates = await page.locator('main table tr[data-incident-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates[0]).toBe(newest.data.date);
});

test('the incidents index lists every incident with JavaScript off', async () => {
  const page = await openPage('/incidents/', { javaScript: false });
  try {
    expect([...(await listedIncidentIds(page))].sort()).toEqual(incidents.map((i) => i.id).sort());
  } finally {
    await closePage(page);
  }
});

test('the fixture holds what the incident page tests need', () => {
  const killed = contested.data.claims.flatMap((c) => (c.killed ? [c.killed.min] : []));
  expect(new Set(killed).size, `${contested.id}: claims that disagree on the number killed`).toBeGreaterThan(2);
  expect(contested.data.claims.some((c) => c.claimed_by), `${contested.id}: a claim relayed from a party`).toBe(true);
  expect(new Set(incidents.map((i) => i.data.date_precision)), 'every date precision').toEqual(new Set(datePrecisions));
  expect(new Set(incidents.map((i) => i.data.location.precision)), 'every location precision').toEqual(new Set(geoPrecisions));
  expect(incidents.filter((i) => i.data.location.place).length, 'incidents located by a place record').toBeGreaterThan(0);
  expect(brief, 'a brief').toBeDefined();
});

pageTest('Incident with disagreeing claims', `/incidents/${contested.id}/`, async (page) => {
  expect(await h1(page)).toContain(contested.data.title);
  const text = await mainText(page);
  // Differing tolls all appear, with the range across them: never one figure picked silently.
  // The headline gives the independent range, then each party's own figure, named.
  const military = rangesByVictims(independentClaims(contested.data.claims), 'killed').find((g) => g.victims === 'military')!;
  expect(text).toContain(formatRange(military.range));
  for (const c of contested.data.claims.filter((c) => c.claimed_by && c.killed)) {
    expect(text).toContain(`${actorLabel(c.claimed_by!, records.actors.find((a) => a.id === c.claimed_by)?.data)} claimed ${formatFigure(c.killed)}`);
  }
  const claimsTable = (await page.locator('main table').allInnerTexts()).join('\n');
  for (const claim of contested.data.claims.filter((c) => c.killed)) {
    expect(claimsTable).toContain(formatFigure(claim.killed));
  }
  // One row per claim, each naming its source; claims relayed from a party link to that actor.
  expect(await page.locator('main table.claims-table tbody tr').count()).toBe(contested.data.claims.length);
  const links = await linkPaths(page);
  for (const c of contested.data.claims) expect(links).toContain(`/sources/${c.source}/`);
  for (const c of contested.data.claims) if (c.claimed_by) expect(links).toContain(`/actors/${c.claimed_by}/`);
  for (const a of contested.data.actors.perpetrators) expect(links).toContain(`/actors/${a}/`);
  expect(links).toContain(`/countries/${contested.data.location.country}/`);
});

pageTest('Incident newest', `/incidents/${newest.id}/`, async (page) => {
  expect(await h1(page)).toContain(newest.data.title);
  const text = await mainText(page);
  expect(text).toContain(newest.data.location.name);
  // "Edit this record" leads to the file in the repository.
  const edit = await page.locator('a[href*="/edit/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(edit.some((href) => href.endsWith(newest.file)), `an edit link to ${newest.file}`).toBe(true);
});

pageTest('Countries index', '/countries/', async (page) => {
  expect(await h1(page)).toMatch(/countr/i);
  const links = await linkPaths(page);
  for (const iso3 of new Set(incidents.map((i) => i.data.location.country))) expect(links).toContain(`/countries/${iso3}/`);
});

pageTest(`Country ${country.id}`, `/countries/${country.id}/`, async (page) => {
  expect(await h1(page)).toContain(country.data.name);
  // Its latest incidents, linked.
  expect(await linkPaths(page)).toContain(`/incidents/${newest.id}/`);
  // The monthly chart comes with its numbers in a table.
  expect(await page.locator('main svg').count(), 'a chart drawn as SVG').toBeGreaterThan(0);
});

pageTest('Actors index', '/actors/', async (page) => {
  expect(await h1(page)).toMatch(/actor|group/i);
  const links = await linkPaths(page);
  for (const id of new Set(incidents.flatMap((i) => i.data.actors.perpetrators))) expect(links).toContain(`/actors/${id}/`);
});

pageTest(`Actor ${actor.id}`, `/actors/${actor.id}/`, async (page) => {
  const heading = await h1(page);
  expect(heading.includes(actor.data.name) || (!!actor.data.short_name && heading.includes(actor.data.short_name))).toBe(true);
  const text = await mainText(page);
  for (const alias of actor.data.aliases) expect(text).toContain(alias);
  expect(await linkPaths(page)).toContain(`/incidents/${newest.id}/`);
});

pageTest('Timeline', '/timeline/', async (page) => {
  expect(await h1(page)).not.toBe('');
  const links = await linkPaths(page);
  for (const y of new Set(incidents.map((i) => i.data.date.slice(0, 4)))) expect(links).toContain(`/timeline/${y}/`);
});

pageTest(`Year ${year}`, `/timeline/${year}/`, async (page) => {
  expect(await h1(page)).toContain(year);
  const links = await linkPaths(page);
  for (const i of incidents.filter((i) => i.data.date.startsWith(year))) expect(links).toContain(`/incidents/${i.id}/`);
});

pageTest(`Month ${month}`, `/timeline/${month.replace('-', '/')}/`, async (page) => {
  expect(await h1(page)).toContain(year);
  const links = await linkPaths(page);
  const inMonth = incidents.filter((i) => i.data.date.startsWith(month));
  for (const i of inMonth) expect(links).toContain(`/incidents/${i.id}/`);
  // Nothing from another month.
  for (const i of incidents.filter((i) => !i.data.date.startsWith(month))) expect(links).not.toContain(`/incidents/${i.id}/`);
});

pageTest(`Source ${source.id}`, `/sources/${source.id}/`, async (page) => {
  expect(await h1(page)).toContain(source.data.title);
  // Every incident that cites it.
  const links = await linkPaths(page);
  for (const i of incidents.filter((i) => i.data.claims.some((c) => c.source === source.id))) {
    expect(links).toContain(`/incidents/${i.id}/`);
  }
});

pageTest('Briefs index', '/briefs/', async (page) => {
  expect(await h1(page)).toMatch(/brief/i);
  const links = await linkPaths(page);
  for (const b of records.briefs) expect(links).toContain(`/briefs/${b.id}/`);
});

pageTest(`Brief ${brief.id}`, `/briefs/${brief.id}/`, async (page) => {
  expect(await h1(page)).toContain(brief.data.title);
  // A brief cites the incident records it discusses.
  const links = await linkPaths(page);
  expect(brief.data.incidents.some((id) => links.has(`/incidents/${id}/`)), 'links to the incidents it discusses').toBe(true);
});

pageTest('Methodology', '/methodology/', async (page) => {
  expect(await h1(page)).toMatch(/method/i);
  const text = (await mainText(page)).toLowerCase();
  // How ranges and precision work, and the taxonomy.
  expect(text).toMatch(/range/);
  expect(text).toMatch(/precision/);
  expect(text).toMatch(/battles/);
});

pageTest('Data downloads', '/data/', async (page) => {
  expect(await h1(page)).not.toBe('');
  const links = await linkPaths(page);
  for (const ext of ['csv', 'geojson', 'json']) expect(links).toContain(`/data/incidents.${ext}`);
});

describe('Near a place', () => {
  test.each(widths)('the "incidents near" link of an incident page leads to a clean list of nearby incidents at %i px', async (width) => {
    const target = contested;
    const page = await openPage(`/incidents/${target.id}/`, { width });
    try {
      const href = await page.locator(`main a[href^="${sitePath('/near/')}"]`).first().getAttribute('href');
      expect(href, 'a link to the incidents near this place').toBeTruthy();
      await page.goto(new URL(href!, page.url()).href);
      expect(await h1(page)).not.toBe('');
      // Nearest first: the incident itself (0 km) is listed.
      await expect.poll(() => linkPaths(page).then((l) => l.has(`/incidents/${target.id}/`)), { message: 'the incident itself is among the nearby list' }).toBe(true);
      expectClean(page);
    } finally {
      await screenshot(page, `near-${width}`);
      await closePage(page);
    }
  });
});

pageTest('Search', '/search/', async (page) => {
  expect(await h1(page)).toMatch(/search/i);
  await expect.poll(() => page.locator('main input[type="search"], main input[name="q"]').count()).toBeGreaterThan(0);
});

pageTest(
  'Not found',
  '/no-such-page/',
  async (page) => {
    expect(await h1(page)).not.toBe('');
    expect(await page.locator(`main a[href="${sitePath('/')}"]`).count(), 'a way back home').toBeGreaterThan(0);
  },
  { status: 404 },
);

describe('every record page', () => {
  const paths = [
    ...incidents.map((i) => `/incidents/${i.id}/`),
    ...records.countries.map((c) => `/countries/${c.id}/`),
    ...records.actors.map((a) => `/actors/${a.id}/`),
    ...records.sources.map((s) => `/sources/${s.id}/`),
    ...records.briefs.map((b) => `/briefs/${b.id}/`),
  ];
  test.each(paths)('%s renders its heading with no error or failed request', async (path) => {
    const page = await openPage(path);
    try {
      expect(await h1(page)).not.toBe('');
      const incident = incidents.find((i) => path === `/incidents/${i.id}/`);
      if (incident) {
        // The date at its own precision, never a false day ("May 2025", not "1 May 2025").
        const text = await mainText(page);
        expect(text).toContain(formatIncidentDate(incident.data));
        if (incident.data.date_precision === 'month' || incident.data.date_precision === 'year') {
          expect(text).not.toContain(formatDay(incident.data.date));
        }
        // How exactly the date and the point are known, in words.
        expect(text).toContain(en.datePrecision[incident.data.date_precision]);
        expect(text).toContain(en.geoPrecision[incident.data.location.precision]);
        // A location given as a place record shows that place's name, region and point.
        const place = records.places.find((p) => p.id === incident.data.location.place);
        if (place) {
          expect(text).toContain(`Place ${place.data.name}`);
          if (place.data.admin1) expect(text).toContain(`Region: ${place.data.admin1}`);
          expect(text).toContain(`Point ${place.data.lat.toFixed(4)}, ${place.data.lon.toFixed(4)}`);
        }
      }
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });
});
