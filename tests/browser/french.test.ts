/**
 * The two languages as a reader moves between them: the switch leads to the same page in the
 * other language and keeps the view (search, filters), pages name their alternates, French search
 * has its own index and understands French words with or without accents, and a record written
 * in French is shown as written and marked with its language on English pages.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, openPage, pathInSite, type Page } from './harness.ts';
import { fixtureIncident, siteRecords } from './records.ts';

afterAll(closeBrowser);
const records = siteRecords('main');
/** The fixture incident written in French (`lang: fr`). */
const french = records.incidents.find((i) => i.data.lang === 'fr')!;
const abduction = (id: string) => fixtureIncident(id).data.sub_event_type === 'abduction-forced-disappearance';

/** Waits for a finished search (the live status starts with a count, in either language) and lists the result links. */
async function resultLinks(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').innerText(), { timeout: 15_000 }).toMatch(/^(\d[\d\s\u202f,]*|No|Aucun) (results?|résultats?)\b/);
  return page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** Follows the language switch to `lang` and waits for the new page. */
async function switchTo(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await Promise.all([page.waitForURL((u) => (lang === 'fr') === pathInSite(u.href).startsWith('/fr/')), page.locator(`.lang-switch a[hreflang="${lang}"]`).click()]);
  await page.waitForLoadState('load');
}

describe('the language switch', () => {
  test('leads from a search to the same search in French, and back, keeping query, filters and order', async () => {
    const country = french.data.location.country;
    const page = await openPage(`/search/?q=${encodeURIComponent(french.data.location.name)}&country=${country}&sort=date`);
    try {
      expect((await resultLinks(page)).map((h) => pathInSite(h))).toContain(`/incidents/${french.id}/`);
      await switchTo(page, 'fr');
      const url = new URL(page.url());
      expect(pathInSite(url.href)).toBe('/fr/search/');
      expect(Object.fromEntries(url.searchParams)).toEqual({ q: french.data.location.name, country, sort: 'date' });
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      const links = (await resultLinks(page)).map((h) => pathInSite(h));
      expect(links).toContain(`/fr/incidents/${french.id}/`);
      expect(await page.locator('[data-search-status]').innerText()).toMatch(/résultats? pour « /);
      expect(await page.locator('#search-filter-country').inputValue()).toBe(country);
      expect(await page.locator('#search-sort').inputValue()).toBe('date');

      await switchTo(page, 'en');
      expect(pathInSite(page.url())).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('country')).toBe(country);
      expect((await resultLinks(page)).map((h) => pathInSite(h))).toContain(`/incidents/${french.id}/`);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('keeps the filters of the incident index', async () => {
    const country = french.data.location.country;
    const page = await openPage(`/fr/incidents/?country=${country}`);
    try {
      await expect.poll(() => page.locator('main [data-incident-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await switchTo(page, 'en');
      expect(pathInSite(page.url())).toBe('/incidents/');
      expect(new URL(page.url()).searchParams.get('country')).toBe(country);
      await expect.poll(() => page.locator('select[name="country"]').inputValue(), { timeout: 15_000 }).toBe(country);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('every page names its English and French alternates, and English is the default', async () => {
    for (const [path, lang] of [[`/incidents/${french.id}/`, 'en'], [`/fr/incidents/${french.id}/`, 'fr']] as const) {
      const page = await openPage(path, { javaScript: false });
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const alt = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));
        expect(pathInSite(alt.en)).toBe(`/incidents/${french.id}/`);
        expect(pathInSite(alt.fr)).toBe(`/fr/incidents/${french.id}/`);
        expect(alt['x-default']).toBe(alt.en);
        // Without JavaScript the switch is still a plain link to the other language's page.
        const other = lang === 'en' ? 'fr' : 'en';
        expect(pathInSite((await page.locator(`.lang-switch a[hreflang="${other}"]`).getAttribute('href'))!)).toBe(pathInSite(alt[other]));
      } finally {
        await closePage(page);
      }
    }
  });
});

describe('search in French', () => {
  test('finds what happened by its French words, with or without accents, and links to French pages', async () => {
    for (const q of ['enlèvement', 'enlevement', 'ENLEVEMENT']) {
      const page = await openPage(`/fr/search/?q=${encodeURIComponent(q)}`);
      try {
        const links = (await resultLinks(page)).map((h) => pathInSite(h));
        const found = links.filter((l) => l.startsWith('/fr/incidents/')).map((l) => l.split('/')[3]);
        expect(found.filter(abduction).length, `abductions found by "${q}"`).toBeGreaterThan(0);
        expect(links.filter((l) => !l.startsWith('/fr/')), 'French results link to French pages').toEqual([]);
        expectClean(page);
      } finally {
        await closePage(page);
      }
    }
  });

  test('the English search has its own index: its results are English pages', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent(french.data.location.name)}`);
    try {
      const links = (await resultLinks(page)).map((h) => pathInSite(h));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => l.startsWith('/fr/'))).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('a record written in French', () => {
  test('is shown as written on the French page, in French words around it', async () => {
    const page = await openPage(`/fr/incidents/${french.id}/`, { javaScript: false });
    try {
      expect(await page.locator('h1').innerText()).toBe(french.data.title);
      expect(await page.locator('h1').getAttribute('lang')).toBeNull();
      expect(await page.locator('.incident-summary .prose').getAttribute('lang')).toBeNull();
      const toll = await page.locator('.toll').innerText();
      const abducted = french.data.claims.find((c) => c.abducted)!.abducted!;
      expect(toll).toContain(`${abducted.min} à ${abducted.max} civils enlevés`);
      expect(await page.locator('.lede time').innerText()).toMatch(/^\d{1,2} [a-zéû]+ \d{4}$/);
    } finally {
      await closePage(page);
    }
  });

  test('is marked with its language on the English page', async () => {
    const page = await openPage(`/incidents/${french.id}/`, { javaScript: false });
    try {
      expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
      expect(await page.locator('.incident-summary .prose').getAttribute('lang')).toBe('fr');
      expect(await page.locator('.incident-summary').innerText()).toContain('Written in French.');
      // The interface around it stays English.
      expect(await page.locator('#toll').innerText()).toBe('Reported toll');
    } finally {
      await closePage(page);
    }
  });
});
