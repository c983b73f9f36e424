/**
 * Every page type of the bundled dataset, as an analyst on a desktop and a reader on a phone
 * meet it: it renders its heading and the content it exists for, with no script error,
 * failed request or request to another host. Screenshots land in test-results/screenshots/.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatDay, formatIncidentDate } from '../../src/domain/dates.ts';
import { formatFigure, formatRange, rangesByVictims } from '../../src/domain/ranges.ts';
import { closeBrowser, closePage, expectClean, mapsReady, openPage, screenshot, type OpenOptions, type Page } from './harness.ts';
import { siteRecords } from './records.ts';

afterAll(closeBrowser);

const records = siteRecords('main');
const incidents = [...records.incidents].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
const newest = incidents[0];
const boulkessi = incidents.find((i) => i.data.location.name === 'Boulkessi');
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

/** Paths of every link in main, without query or hash. */
async function linkPaths(page: Page): Promise<Set<string>> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return new Set(hrefs.map((h) => new URL(h).pathname));
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
  // Headline figures for the last 30 and 365 days of the record.
  expect(text).toMatch(/last 30 days/i);
  expect(text).toMatch(/last 365 days/i);
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

if (boulkessi) {
  pageTest('Incident Boulkessi', `/incidents/${boulkessi.id}/`, async (page) => {
    expect(await h1(page)).toContain(boulkessi.data.title);
    const text = await mainText(page);
    // Differing tolls all appear, with the range across them: never one figure picked silently.
    const military = rangesByVictims(boulkessi.data.claims, 'killed').find((g) => g.victims === 'military')!;
    expect(text).toContain(formatRange(military.range));
    const claimsTable = (await page.locator('main table').allInnerTexts()).join('\n');
    for (const claim of boulkessi.data.claims.filter((c) => c.killed)) {
      expect(claimsTable).toContain(formatFigure(claim.killed));
    }
    expect(claimsTable).toMatch(/\b100\b/);
    expect(claimsTable).toMatch(/\b30\b/);
    // Sources are linked to their pages; perpetrators to theirs.
    const links = await linkPaths(page);
    for (const c of boulkessi.data.claims) expect(links).toContain(`/sources/${c.source}/`);
    for (const a of boulkessi.data.actors.perpetrators) expect(links).toContain(`/actors/${a}/`);
    expect(links).toContain(`/countries/${boulkessi.data.location.country}/`);
  });
} else {
  test('the bundled dataset holds the Boulkessi incident', () => {
    expect.fail('no incident with location.name "Boulkessi" in content/incidents');
  });
}

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

if (brief) {
  pageTest(`Brief ${brief.id}`, `/briefs/${brief.id}/`, async (page) => {
    expect(await h1(page)).toContain(brief.data.title);
    // A brief cites the incident records it discusses.
    const links = await linkPaths(page);
    expect(brief.data.incidents.some((id) => links.has(`/incidents/${id}/`)), 'links to the incidents it discusses').toBe(true);
  });
}

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
    const target = boulkessi ?? newest;
    const page = await openPage(`/incidents/${target.id}/`, { width });
    try {
      const href = await page.locator('main a[href^="/near/"]').first().getAttribute('href');
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
    expect(await page.locator('main a[href="/"]').count(), 'a way back home').toBeGreaterThan(0);
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
      }
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });
});
