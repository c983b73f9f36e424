/**
 * Search as a reader uses it: the /search/ page over the Pagefind index the build writes,
 * the header search box, filters and order in the URL, and "incidents near a place".
 * Expectations come from the records the site was built from, not hard-coded lists: the
 * fixture dataset (tests/fixtures/site/content/), whose records were written for these tests
 * (a place known by several spellings, a town attacked in several years, an actor with an
 * alias found on its own page only...).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatIncidentDate } from '../../src/domain/dates.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { buildSiteSearchIndex } from '../../src/integrations/pagefind.ts';
import { buildFixtureSite, repoRoot, resultsDir, runTag, siteProjects } from './build-site.ts';
import { basePath, closeBrowser, closePage, expectClean, openPage, pathInSite, screenshot, sharedBrowser, sitePath, type Page } from './harness.ts';
import { fixtureIncident, siteRecords } from './records.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

afterAll(closeBrowser);

const { incidents, actors, places } = siteRecords('main');
const incidentUrl = (id: string) => `/incidents/${id}/`;
const byUrl = new Map(incidents.map((i) => [incidentUrl(i.id), i]));
const actorLabel = (id: string) => {
  const a = actors.find((x) => x.id === id)!.data;
  return a.short_name ?? a.name;
};

interface Shown {
  /** The result's link as a path in the site (`/incidents/<id>/`; one outside the base path is marked so). */
  href: string;
  title: string;
  /** The facts line of an incident result ("Date: …"), empty for other pages. */
  facts: string;
}

/** Waits until the page reports a finished search (the live status gives a count) and reads the results. */
async function results(page: Page, statusIncludes = ''): Promise<Shown[]> {
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^(\d[\d,\u202f]*|No) results?\b|^\d+ résultats?\b/);
  if (statusIncludes) await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain(statusIncludes);
  const shown = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h3 a')?.textContent ?? '',
      facts: li.querySelector('.search-result-facts')?.textContent ?? '',
    })),
  );
  return shown.map((r) => ({ ...r, href: pathInSite(r.href) }));
}

const isIncident = (r: Shown) => r.href.startsWith('/incidents/');

// What the fixture was written to contain for these tests (records.ts fails clearly if one is gone).
/** A base assault recorded with other spellings of its place. */
const contested = fixtureIncident('2025-06-01-beldoro-base-assault');
/** A town, given as a place record (with a French spelling), attacked in 2018 and again in June 2025. */
const town = places.find((p) => p.id === 'tarandi')!.data;
const townEarly = fixtureIncident('2018-01-01-tarandi-camp-attack');
const townJune2025 = fixtureIncident('2025-06-02-tarandi-camp-assault');
/** A Togolese village with several incidents. */
const togoVillage = fixtureIncident('2023-02-10-nalorgou-civilian-killings').data.location.name;
/** The most active actor: its short name is on more than twenty pages, one alias only on its own page. */
const busiest = actors.find((a) => a.id === 'zarkan-front')!;
const busiestLabel = actorLabel(busiest.id);
const busiestOwnAlias = busiest.data.aliases[0];

describe('the search page', () => {
  test('another spelling of a place finds its incident first, with its date, place, perpetrators and killed range', async () => {
    const spelling = contested.data.location.aliases[0];
    expect(spelling, 'the fixture records the base assault with another spelling of its place').toBeDefined();
    const page = await openPage(`/search/?q=${encodeURIComponent(spelling)}`);
    try {
      const shown = await results(page);
      expect(shown[0]?.href).toBe(incidentUrl(contested.id));
      expect(shown[0].title).toBe(contested.data.title);
      expect(shown[0].facts).toContain(formatIncidentDate(contested.data));
      expect(shown[0].facts).toContain(contested.data.location.name);
      expect(shown[0].facts).toContain(actorLabel(contested.data.actors.perpetrators[0]));
      expect(shown[0].facts).toMatch(/Killed\s*(\d|at least|unknown)/);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('the header search box on any page leads to the results for its words', async () => {
    const page = await openPage('/');
    try {
      const q = town.name_fr!;
      await page.fill('#site-search-q', q);
      await Promise.all([page.waitForURL(new RegExp(`/search/\\?q=${q}$`)), page.press('#site-search-q', 'Enter')]);
      const shown = await results(page);
      const there = incidents.filter((i) => i.data.location.aliases.includes(q));
      expect(there.length).toBeGreaterThan(1);
      for (const i of there) expect(shown.map((r) => r.href)).toContain(incidentUrl(i.id));
      expect(await page.inputValue('#search-q')).toBe(q);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('a town with the year filter 2025 finds its June 2025 attack and not the 2018 one', async () => {
    const june2025 = townJune2025;
    const in2018 = townEarly;
    expect([june2025.data.location.name, in2018.data.location.name]).toEqual([town.name, town.name]);
    expect([june2025.data.date.slice(0, 4), in2018.data.date.slice(0, 4)]).toEqual(['2025', '2018']);
    const page = await openPage(`/search/?q=${town.name}`);
    try {
      const before = await results(page);
      expect(before.map((r) => r.href)).toContain(incidentUrl(in2018.id));
      await page.selectOption('#search-filter-year', '2025');
      await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 15_000 }).toBe('2025');
      const after = (await results(page, 'year 2025')).map((r) => r.href);
      expect(after).toContain(incidentUrl(june2025.id));
      expect(after).not.toContain(incidentUrl(in2018.id));
      for (const href of after) expect(byUrl.get(href)?.data.date.slice(0, 4), href).toBe('2025');
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('country and actor filters narrow the results to exactly the incidents that match them', async () => {
    const mali = incidents.filter((i) => i.data.location.country === 'mli');
    const maliBusiest = mali.filter((i) => i.data.actors.perpetrators.includes(busiest.id));
    expect(maliBusiest.length).toBeGreaterThan(0);
    expect(maliBusiest.length, 'the dataset has Malian incidents by other actors too').toBeLessThan(mali.length);
    // An older link names the country in words: it is read as the code, and the address says the code.
    const page = await openPage('/search/?country=Mali');
    try {
      expect(new Set((await results(page)).map((r) => r.href))).toEqual(new Set(mali.map((i) => incidentUrl(i.id))));
      expect(await page.inputValue('#search-filter-country')).toBe('mli');
      await page.selectOption('#search-filter-actor', busiest.id);
      expect(new URL(page.url()).search).toBe(`?country=mli&actor=${busiest.id}`);
      const narrowed = await results(page, `perpetrator ${busiestLabel}`);
      expect(new Set(narrowed.map((r) => r.href))).toEqual(new Set(maliBusiest.map((i) => incidentUrl(i.id))));
      expectClean(page);
    } finally {
      await closePage(page);
    }

    const togo = await openPage(`/search/?q=${busiestLabel}&country=Togo`);
    try {
      const shown = await results(togo);
      expect(shown.length).toBeGreaterThan(0);
      for (const r of shown) expect(byUrl.get(r.href)?.data.location.country, r.href).toBe('tgo');
    } finally {
      await closePage(togo);
    }
  });

  test('two values of one filter in the URL find incidents matching either', async () => {
    const either = incidents.filter((i) => ['mli', 'tgo'].includes(i.data.location.country));
    const page = await openPage('/search/?country=Mali&country=Togo');
    try {
      const shown = await results(page, 'country Mali or Togo');
      expect(await page.locator('[data-search-status]').innerText()).toMatch(new RegExp(`^${either.length} results`));
      const countries = shown.map((r) => byUrl.get(r.href)?.data.location.country);
      expect(new Set(countries)).toEqual(new Set(['mli', 'tgo']));
      expect(await page.locator('#search-filter-country option:checked').innerText()).toContain('Mali or Togo');
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('a search URL reproduces the same results, words and filters when opened again', async () => {
    const page = await openPage('/search/');
    let url = '';
    let first: string[] = [];
    try {
      await page.locator('#search-filter-country').waitFor(); // Pagefind loaded, filters built
      await page.fill('#search-q', togoVillage);
      await results(page, togoVillage);
      await page.selectOption('#search-filter-country', 'tgo');
      first = (await results(page, 'country Togo')).map((r) => r.href);
      expect(first.length).toBeGreaterThan(0);
      url = page.url();
      // The same parameter and code as the incident index's filter.
      expect(new URL(url).search).toBe(`?q=${togoVillage}&country=tgo`);
    } finally {
      await closePage(page);
    }
    const again = await openPage(pathInSite(url) + new URL(url).search);
    try {
      expect((await results(again, 'country Togo')).map((r) => r.href)).toEqual(first);
      expect(await again.inputValue('#search-q')).toBe(togoVillage);
      expect(await again.inputValue('#search-filter-country')).toBe('tgo');
      expectClean(again);
    } finally {
      await closePage(again);
    }
  });

  test('results sort by date, newest or oldest first', async () => {
    const page = await openPage(`/search/?q=${busiestLabel}&sort=date`);
    try {
      const dates = (await results(page)).map((r) => byUrl.get(r.href)!.data.date);
      expect(dates.length).toBeGreaterThan(2);
      expect(dates).toEqual([...dates].sort().reverse());
      await page.selectOption('#search-sort', 'oldest');
      await expect.poll(() => new URL(page.url()).searchParams.get('sort'), { timeout: 15_000 }).toBe('oldest');
      await expect.poll(async () => (await results(page)).map((r) => byUrl.get(r.href)!.data.date), { timeout: 15_000 }).toEqual([...dates].sort());
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('for a place, incidents there come before pages that only mention it', async () => {
    const page = await openPage(`/search/?q=${town.name}`);
    try {
      const shown = await results(page);
      const atPlace = shown.filter((r) => byUrl.get(r.href)?.data.location.name === town.name);
      const firstOther = shown.findIndex((r) => !isIncident(r));
      expect(atPlace.length).toBeGreaterThan(1);
      expect(firstOther, `some page other than an incident mentions ${town.name}`).toBeGreaterThan(-1);
      for (const r of atPlace) expect(shown.indexOf(r), r.href).toBeLessThan(firstOther);
    } finally {
      await closePage(page);
    }
  });

  test('an actor\'s or country\'s own page comes first for its name, ahead of the pages that mention it', async () => {
    // The busiest actor's short name and Togo are on many pages; one alias of the actor only on its own.
    const own = `/actors/${busiest.id}/`;
    for (const [q, href, atLeast] of [[busiestLabel, own, 5], [busiestOwnAlias, own, 1], ['Togo', '/countries/tgo/', 3]] as const) {
      const page = await openPage(`/search/?q=${q}`);
      try {
        const shown = await results(page);
        expect(shown.length, q).toBeGreaterThanOrEqual(atLeast);
        expect(shown[0].href, q).toBe(href);
      } finally {
        await closePage(page);
      }
    }
  });

  test('the index holds incident, country, actor, source and brief pages only, without the header, navigation or footer', async () => {
    const page = await openPage('/search/?q=Mali');
    try {
      const shown = await results(page);
      expect(shown.length).toBeGreaterThan(5);
      for (const r of shown) expect(r.href).toMatch(/^\/(incidents|countries|actors|sources|briefs)\/[^/]+\/$/);
      // The full indexed text of an incident page, as Pagefind stored it.
      // (A string, so the test runner does not rewrite the page's own dynamic import.)
      const content: string = await page.evaluate(`(async () => {
        const pf = await import('${sitePath('/pagefind/pagefind.js')}');
        const r = await pf.search(null, { filters: { kind: 'incident' } });
        return (await r.results[0].data()).content;
      })()`);
      expect(content.length).toBeGreaterThan(50);
      for (const chrome of ['Skip to content', 'Methodology', 'Cite as', 'CC BY 4.0', 'Download the data']) expect(content).not.toContain(chrome);
    } finally {
      await closePage(page);
    }
  });

  test('results are a list of links a keyboard reaches, announced by a live status', async () => {
    const page = await openPage(`/search/?q=${togoVillage}`);
    try {
      await results(page);
      await expect.poll(() => page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
      const unlabelled = await page.locator('search-page select, search-page input').evaluateAll((els) =>
        els.filter((e) => (e as HTMLSelectElement).labels?.length === 0).map((e) => e.id),
      );
      expect(unlabelled).toEqual([]);
      await page.focus('#search-q');
      let reached = false;
      for (let i = 0; i < 20 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => !!document.activeElement?.closest('[data-search-results] li h3 a'));
      }
      expect(reached, 'Tab from the search box reaches the first result link').toBe(true);
    } finally {
      await closePage(page);
    }
  });

  test('shows results twenty at a time, and "Show more results" adds the next ones and moves focus to them', async () => {
    const page = await openPage(`/search/?q=${busiestLabel}`);
    try {
      const first = await results(page);
      const total = Number((await page.locator('[data-search-status]').innerText()).match(/^(\d+)/)?.[1]);
      expect(total, `${busiestLabel} is on more than twenty pages`).toBeGreaterThan(20);
      expect(first).toHaveLength(20);
      await page.click('[data-search-more]');
      await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBe(Math.min(total, 40));
      expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[20])).toBe(true);
      if (total <= 40) expect(await page.locator('[data-search-more]').isHidden()).toBe(true);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript the page says so and links to the incident index', async () => {
    const page = await openPage(`/search/?q=${town.name}`, { javaScript: false });
    try {
      await expect.poll(() => page.locator('[data-search-fallback]').innerText(), { timeout: 15_000 }).toContain('needs JavaScript');
      expect(await page.locator(`[data-search-fallback] a[href="${sitePath('/incidents/')}"]`).count()).toBe(1);
    } finally {
      await closePage(page);
    }
  });

  test('looks finished on a desktop and on a 360 px phone, without sideways scrolling', async () => {
    for (const width of [1280, 360]) {
      const page = await openPage(`/search/?q=${town.name}&country=Mali`, { width });
      try {
        await results(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expectClean(page);
      } finally {
        await screenshot(page, `search-town-in-country-${width}`);
        await closePage(page);
      }
    }
  });
});

describe('incidents near a place', () => {
  const centre = town;
  const within = (km: number) =>
    incidents
      .map((i) => ({ i, km: distanceKm(centre.lat, centre.lon, i.data.location.lat, i.data.location.lon) }))
      .filter((x) => x.km <= km);

  async function nearList(page: Page): Promise<string[]> {
    await expect.poll(() => page.locator('[data-near-status]').innerText(), { timeout: 15_000 }).toMatch(/incidents? within|No incidents/);
    const hrefs = await page.locator('[data-near-results] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((h) => pathInSite(h));
  }

  test('lists the incidents within the chosen distance of a place named by an alias, nearest first', async () => {
    const page = await openPage(`/near/?place=${town.name_fr}&km=50`);
    try {
      const near50 = within(50);
      const shown = await nearList(page);
      expect(new Set(shown)).toEqual(new Set(near50.map((x) => incidentUrl(x.i.id))));
      const kms = shown.map((h) => near50.find((x) => incidentUrl(x.i.id) === h)!.km);
      expect(kms).toEqual([...kms].sort((a, b) => a - b));
      expect(await page.locator('[data-near-results] time').first().innerText()).toMatch(/\d{4}/);

      await page.selectOption('#near-km', '250');
      await Promise.all([page.waitForURL(/km=250/), page.click('near-place button[type="submit"]')]);
      const shown250 = await nearList(page);
      expect(new Set(shown250)).toEqual(new Set(within(250).map((x) => incidentUrl(x.i.id))));
      expect(shown250.length).toBeGreaterThan(shown.length);
      expectClean(page);
    } finally {
      await screenshot(page, 'near-town-250');
      await closePage(page);
    }
  });

  test('an incident page links to the incidents near its place', async () => {
    const page = await openPage(incidentUrl(contested.id));
    try {
      const link = page.locator('a', { hasText: `Incidents near ${contested.data.location.name}` });
      await Promise.all([page.waitForURL(/\/near\//), link.click()]);
      const shown = await nearList(page);
      expect(shown[0]).toBe(incidentUrl(contested.id));
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('offers the places that start with what was typed when it names none exactly', async () => {
    const typed = town.name.slice(0, 5);
    const others = incidents
      .filter((i) => i.data.location.name !== town.name)
      .flatMap((i) => [i.data.location.name, ...i.data.location.aliases])
      .filter((n) => n.toLowerCase().startsWith(typed.toLowerCase()));
    expect(others, `no other place starts with "${typed}"`).toEqual([]);
    const page = await openPage(`/near/?place=${typed}&km=50`);
    try {
      // A single place starts with what was typed: it is taken.
      await expect.poll(() => page.locator('[data-near-heading]').innerText(), { timeout: 15_000 }).toContain(`${town.name} (Mali)`);
      await page.goto(page.url().replace(typed, 'Nowhereville'));
      await expect.poll(() => page.locator('[data-near-status]').innerText(), { timeout: 15_000 }).toContain('No place called “Nowhereville”');
    } finally {
      await closePage(page);
    }
  });
});

describe('a new incident file, after a rebuild', () => {
  const id = '2025-09-10-fambita-mosque-attack';
  let server: StaticServer | undefined;
  let contentDir = '';
  // A folder of this run's own: other runs may be building at the same time.
  const outDir = join(resultsDir, `search-added-site-${runTag}`);

  beforeAll(async () => {
    const source = siteRecords('main').sources[0].id;
    contentDir = mkdtempSync(join(tmpdir(), 'sahel-search-content-'));
    // The fixture dataset plus one record (the fixture has nothing in Tillabéri, nor any Fambita).
    cpSync(join(repoRoot, siteProjects.main, 'content'), contentDir, { recursive: true });
    writeFileSync(
      join(contentDir, 'incidents', '2025', `${id}.md`),
      [
        '---',
        'title: Attack on worshippers at the Fambita mosque',
        'date: 2025-09-10',
        'event_type: violence-against-civilians',
        'sub_event_type: attack',
        'location:',
        '  name: Fambita',
        '  aliases: [Fanbita, Fambitta]',
        '  admin1: Tillabéri',
        '  admin2: Téra',
        '  country: ner',
        '  lat: 14.05',
        '  lon: 0.95',
        '  precision: town',
        'actors:',
        '  perpetrators: [kelmar-brigade]',
        'claims:',
        `  - source: ${source}`,
        '    victims: civilian',
        '    killed: {min: 20, max: 44}',
        '---',
        'A test record added by the search tests: gunmen attacked worshippers during prayers.',
        '',
      ].join('\n'),
    );
    // A new place goes into the gazetteer with its record, as validation asks.
    writeFileSync(
      join(contentDir, 'places', 'fambita.md'),
      ['---', 'name: Fambita', 'aliases: [Fanbita, Fambitta]', 'country: ner', 'admin1: Tillabéri', 'admin2: Téra', 'lat: 14.05', 'lon: 0.95', 'precision: town', 'coordinates_source: "placed by the search test"', '---', ''].join('\n'),
    );
    // Built and served under the base path of the fixture site, like it.
    await buildFixtureSite(contentDir, outDir, 'search-added', { BASE_PATH: basePath() });
    server = await serveStatic(outDir, inject('csp'), basePath());
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  test('is findable by its place, each alias, and its regions written without accents', async () => {
    const browser = await sharedBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      for (const q of ['Fambita', 'Fanbita', 'Fambitta', 'Tillaberi', 'Tera']) {
        await page.goto(server!.url + sitePath(`/search/?q=${encodeURIComponent(q)}`));
        const shown = await results(page);
        expect(shown[0]?.href, `first result for "${q}"`).toBe(incidentUrl(id));
        expect(shown[0].facts).toContain('20–44');
      }
      await page.goto(server!.url + sitePath('/near/?place=Fanbita&km=25'));
      await expect.poll(async () => pathInSite((await page.locator('[data-near-results] h3 a').first().getAttribute('href')) ?? ''), { timeout: 15_000 }).toBe(incidentUrl(id));
    } finally {
      await context.close();
    }
  });
});

describe('an index in several bundles, as a large site has (the fixture site indexed a few pages per batch)', () => {
  let server: StaticServer | undefined;
  // A copy of the fixture site with only its index rebuilt: no second Astro build.
  const dir = join(resultsDir, `search-bundles-site-${runTag}`);

  beforeAll(async () => {
    cpSync(inject('mainDir'), dir, { recursive: true });
    await buildSiteSearchIndex(dir, { maxFiles: 12 });
    server = await serveStatic(dir, inject('csp'), basePath());
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a search on the fixture site (one bundle) and on its copy in bundles, and reads both. */
  async function onBoth<T>(path: string, read: (page: Page) => Promise<T>): Promise<{ one: T; split: T }> {
    const got: T[] = [];
    for (const origin of [undefined, server!.url]) {
      const page = await openPage(path, { origin });
      try {
        got.push(await read(page));
        expectClean(page);
      } finally {
        await closePage(page);
      }
    }
    return { one: got[0], split: got[1] };
  }

  /** Every result, pressing "Show more results" until there are no more. */
  async function allResults(page: Page): Promise<Shown[]> {
    await results(page);
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const n = await page.locator('[data-search-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(n);
    }
    return results(page);
  }

  /** The text of every filter option, with its count: "Mali (12)". */
  const filterOptions = (page: Page) => page.locator('[data-search-filters] option').allInnerTexts();

  test('the build made several bundles per language, each period of incidents in one', () => {
    const list = JSON.parse(readFileSync(join(dir, 'pagefind', 'bundles.json'), 'utf8')) as Record<string, string[]>;
    expect(list.en.length, 'English bundles').toBeGreaterThanOrEqual(3);
    expect(list.fr.length, 'French bundles').toBeGreaterThanOrEqual(3);
    for (const b of [...list.en, ...list.fr]) expect(b).toMatch(/^pagefind-(en|fr)[\w-]*\/$/);
  });

  test('lists every incident of every bundle, newest first, with the filter counts of the whole site', async () => {
    const { one, split } = await onBoth('/search/?kind=incident', async (page) => {
      const shown = await allResults(page);
      return { hrefs: shown.map((r) => r.href), status: await page.locator('[data-search-status]').innerText(), options: await filterOptions(page) };
    });
    expect(split.hrefs.length).toBeGreaterThan(20);
    expect(new Set(split.hrefs)).toEqual(new Set(one.hrefs));
    expect(split.hrefs).toHaveLength(new Set(split.hrefs).size);
    const dates = split.hrefs.map((h) => byUrl.get(h)!.data.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates.map((d) => d.slice(0, 4))).size, 'incidents of several years, so of several bundles').toBeGreaterThan(2);
    expect(split.status).toBe(one.status);
    expect(split.options).toEqual(one.options);
    expect(split.options.some((o) => /\(\d+\)$/.test(o)), 'options show counts').toBe(true);
  });

  test('words and filters find the same results with the same counts, and sorted orders match one index', async () => {
    for (const q of [`q=${busiestLabel}`, `q=${busiestLabel}&sort=oldest`, `q=${busiestLabel}&sort=killed`, 'country=mli&year=2025', `q=${town.name}`]) {
      const { one, split } = await onBoth(`/search/?${q}`, async (page) => {
        const shown = await allResults(page);
        return {
          hrefs: shown.map((r) => r.href),
          // Ties (same day, same toll) may come in either order: compare what the order is by.
          keys: shown.map((r) => (q.includes('killed') ? r.facts.replace(/^.*Killed/s, '') : byUrl.get(r.href)?.data.date ?? r.href)),
          options: await filterOptions(page),
        };
      });
      expect(new Set(split.hrefs), q).toEqual(new Set(one.hrefs));
      expect(split.options, q).toEqual(one.options);
      if (q.includes('sort=')) expect(split.keys, q).toEqual(one.keys);
    }
  });

  test('another spelling of a place still finds its incident first, and French pages search the French bundles', async () => {
    const spelling = contested.data.location.aliases[0];
    const { split } = await onBoth(`/search/?q=${encodeURIComponent(spelling)}`, results);
    expect(split[0]?.href).toBe(incidentUrl(contested.id));
    const { one: fr1, split: fr } = await onBoth(`/fr/search/?q=${encodeURIComponent(spelling)}`, results);
    expect(fr[0]?.href).toBe(`/fr${incidentUrl(contested.id)}`);
    // A bundle lacking the word itself may answer with similar ones (Pagefind's fallback), so the
    // split index can find more, never less; all of it French.
    expect(fr.map((r) => r.href)).toEqual(expect.arrayContaining(fr1.map((r) => r.href)));
    for (const r of fr) expect(r.href).toMatch(/^\/fr\//);
  });
});
