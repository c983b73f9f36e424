/**
 * The list and record pages under /fr/ as a French reader meets them: French words (no English
 * interface phrase left over), French place names where the record gives one, briefs marked with
 * the language they are written in, the near page's script in French, and French feeds.
 */
import { afterAll, describe, expect, test } from 'vitest';
import en from '../../src/translations/en.ts';
import fr from '../../src/translations/fr.ts';
import { closeBrowser, closePage, expectClean, openPage, siteUrl } from './harness.ts';
import { newest } from './page-types.ts';
import { fixtureIncident, siteRecords } from './records.ts';

afterAll(closeBrowser);
const records = siteRecords('main');
const month = newest.data.date.slice(0, 7);

/** The French pages these tests own: lists, records of actors and sources, timeline, briefs, changes. */
const frenchPages: [string, string][] = [
  ['actors index', '/fr/actors/'],
  ['actor', `/fr/actors/${newest.data.actors.perpetrators[0]}/`],
  ['countries index', '/fr/countries/'],
  ['timeline', '/fr/timeline/'],
  ['year', `/fr/timeline/${month.slice(0, 4)}/`],
  ['month', `/fr/timeline/${month.replace('-', '/')}/`],
  ['sources index', '/fr/sources/'],
  ['source', `/fr/sources/${newest.data.claims[0].source}/`],
  ['briefs index', '/fr/briefs/'],
  ...records.briefs.slice(0, 1).map((b): [string, string] => ['brief', `/fr/briefs/${b.id}/`]),
  ['changes', '/fr/changes/'],
];

/**
 * English interface phrases these pages could show: every fixed string of their sections of
 * `en.ts` long enough not to be the same word in French ("Date", "Source", "Incidents").
 */
const sections = ['lists', 'chart', 'card', 'history', 'actorsPage', 'actorPage', 'sourcesPage', 'sourceKind', 'sourcePage', 'briefsPage', 'timelinePage', 'changesPage', 'countriesPage', 'column', 'pages', 'toll'] as const;
const englishPhrases = sections.flatMap((s) => {
  const frSection = fr[s] as Record<string, unknown>;
  return Object.entries(en[s] as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' && v.length > 12 && v !== frSection[k] ? [v] : []));
});

describe('French list and record pages', () => {
  for (const [name, path] of frenchPages) {
    test(`the ${name} page says it is French and shows no English interface phrase`, async () => {
      const page = await openPage(path, { width: 360 });
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe('fr');
        // Record text (titles, summaries, a brief in English) stays as written: look only outside it.
        const text = await page.locator('main').evaluate((main) => {
          const copy = main.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[lang]:not([lang="fr"]), .prose, .cell-title, .cell-note, .incident-card-title, .change-list a').forEach((e) => e.remove());
          return copy.innerText;
        });
        expect(englishPhrases.filter((p) => text.includes(p))).toEqual([]);
        expect(text).not.toMatch(/\b(newest first|Showing|killed|month unknown|Incidents (by|in|targeting|citing))\b/);
        // Links to pages stay in French.
        // (The maps' legends and zone notes are the map's own and left out here.)
        const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.filter((a) => !a.closest('.map-figure, .zone-caveat')).map((a) => a.getAttribute('href')!));
        expect(hrefs.filter((h) => !h.startsWith('/fr/') && !/^\/(data|map|schemas)\//.test(h) && !h.endsWith('.csv') && !h.endsWith('.json'))).toEqual([]);
        expectClean(page);
      } finally {
        await closePage(page);
      }
    });
  }

  test('tables show the French name of a place that has one, and the English page the English name', async () => {
    const incident = fixtureIncident('2025-06-02-tarandi-camp-assault');
    const m = incident.data.date.slice(0, 7).replace('-', '/');
    const row = (lang: string) => `${lang}/timeline/${m}/`;
    const french = await openPage(row('/fr'));
    const english = await openPage(row(''));
    try {
      const cell = (p: typeof french) => p.locator(`tr[data-incident-id="${incident.id}"] .cell-place`).first().innerText();
      expect(await cell(french)).toContain('Tarandou');
      expect(await cell(english)).toContain('Tarandi');
      expect(await french.locator(`tr[data-incident-id="${incident.id}"] .cell-country`).first().innerText()).toBe('Mali');
    } finally {
      await closePage(french);
      await closePage(english);
    }
  });

  test('a brief written in English says so in French and keeps lang="en" on its text', async () => {
    const brief = records.briefs[0];
    const page = await openPage(`/fr/briefs/${brief.id}/`);
    const english = await openPage(`/briefs/${brief.id}/`);
    try {
      await expect.poll(() => page.locator('[data-brief-lang-note]').innerText()).toBe(fr.briefsPage.writtenIn(fr.languageName.en));
      expect(await page.locator('.brief-body').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').getAttribute('lang')).toBe('en');
      expect(await english.locator('[data-brief-lang-note]').count()).toBe(0);
      expect(await english.locator('.brief-body').getAttribute('lang')).toBeNull();
      expectClean(page);
    } finally {
      await closePage(page);
      await closePage(english);
    }
  });

  test('the near page finds a place by its French name and answers in French, linking to French pages', async () => {
    const page = await openPage(`/fr/near/?place=Tarandou&km=100`);
    try {
      await expect.poll(() => page.locator('[data-near-status]').innerText()).toMatch(/^\d+ incidents? à moins de 100 km de Tarandi \([^)]+\), du plus proche au plus lointain\.$/);
      expect(await page.locator('[data-near-heading]').innerText()).toMatch(/^Incidents à moins de 100 km de Tarandi \([^)]+\)$/);
      const first = page.locator('.near-result').first();
      expect(await first.locator('a').getAttribute('href')).toMatch(/^\/fr\/incidents\//);
      expect(await first.locator('.near-facts').innerText()).toMatch(/tués : /);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('French feeds are French: xml:lang, titles, dates, and entries linking to French pages', async () => {
    for (const path of ['/fr/feed.xml', `/fr/actors/${newest.data.actors.perpetrators[0]}/feed.xml`, `/fr/countries/${newest.data.location.country}/feed.xml`]) {
      const xml = await (await fetch(siteUrl() + path)).text();
      expect(xml, path).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
      expect(xml, path).toMatch(/<title type="text">[^<]* : /);
      const links = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" href="([^"]+)"/g)].map((m) => new URL(m[1]).pathname);
      expect(links.length, path).toBeGreaterThan(0);
      expect(links.filter((l) => !l.startsWith('/fr/incidents/')), path).toEqual([]);
      expect(xml, path).toMatch(/<summary type="text">\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
      expect(xml, path).not.toMatch(/Killed:|Perpetrators:/);
    }
    const english = await (await fetch(`${siteUrl()}/feed.xml`)).text();
    expect(english).toContain('xml:lang="en"');
    expect(english).toMatch(/<link rel="alternate" href="[^"]+\/incidents\/[^"]+\/" type="text\/html"\/>/);
    expect(english).not.toContain('/fr/incidents/');
  });
});
