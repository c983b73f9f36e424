/**
 * The prose pages in French (issue 12): the methodology and the downloads page under /fr/, with
 * their links in the sentences and the codebook in French over the same column names and files,
 * and the one 404 page, which speaks English and French to any missing address.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, openPage, screenshot, type Page } from './harness.ts';

afterAll(closeBrowser);

/** The visible text of the page's main content, French no-break spaces as plain ones. */
const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');

describe('the methodology in French', () => {
  test('is French throughout, with its links inside the sentences and a French coverage table', async () => {
    const page = await openPage('/fr/methodology/', { width: 360 });
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('h1').innerText()).toBe('Méthodologie');
      const text = await mainText(page);
      for (const english of ['How records are made', 'Casualty ranges', 'Every claim stays listed', 'Incidents recorded per country']) expect(text).not.toContain(english);
      expect(text).toContain('« Inconnu » ne veut pas dire zéro.');
      // A link sits inside its sentence and leads to the French page.
      const sources = page.locator('#records ~ p a', { hasText: 'fiche source' });
      expect(await sources.getAttribute('href')).toBe('/fr/sources/');
      expect(await page.locator('#records ~ p').first().innerText()).toMatch(/^Chaque incident est un fichier Markdown du dépôt public, rédigé par une personne/);
      expect(await page.locator('#contribute ~ p a', { hasText: 'CONTRIBUTING.fr.md' }).getAttribute('href')).toMatch(/\/blob\/[^/]+\/CONTRIBUTING\.fr\.md$/);
      expect(await page.locator('#contribute ~ p a', { hasText: 'Données' }).getAttribute('href')).toBe('/fr/data/');
      // Vocabulary labels in French, codes unchanged.
      expect(await page.locator('.taxonomy dt', { hasText: 'battles' }).innerText()).toBe('Combats battles');
      const coverage = page.locator('.coverage-table');
      expect(await coverage.locator('caption').innerText()).toMatch(/^Incidents recensés par pays et par année/);
      expect(await coverage.locator('tr.total th').innerText()).toBe('Tous les pays');
      expect(await coverage.locator('tr.total td').nth(-3).innerText()).toMatch(/^\d+\u202f%$/);
      expectClean(page);
    } finally {
      await screenshot(page, 'methodology-fr-360');
      await closePage(page);
    }
  });

  test('keeps English at the English address', async () => {
    const page = await openPage('/methodology/');
    try {
      expect(await page.locator('h1').innerText()).toBe('Methodology');
      expect(await page.locator('#records ~ p a', { hasText: 'source record' }).getAttribute('href')).toBe('/sources/');
      expect(await page.locator('.coverage-table tr.total th').innerText()).toBe('All countries');
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });
});

describe('the downloads page in French', () => {
  /** Each codebook row's column name and its cells. */
  const codebookRows = (page: Page) =>
    page.locator('table.codebook').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => ({ id: r.id, column: r.querySelector('th code')?.textContent, text: (r as HTMLElement).innerText })));

  test('explains the same columns and links the same files as the English page, in French', async () => {
    const en = await openPage('/data/');
    const fr = await openPage('/fr/data/');
    try {
      expect(await fr.locator('h1').innerText()).toBe('Données');
      const [enRows, frRows] = [await codebookRows(en), await codebookRows(fr)];
      expect(frRows.length).toBeGreaterThan(40);
      expect(frRows.map((r) => [r.id, r.column])).toEqual(enRows.map((r) => [r.id, r.column]));
      const killedHigh = frRows.find((r) => r.column === 'killed_high')!.text;
      expect(killedHigh).toContain('Nombre le plus haut de personnes tuées');
      expect(killedHigh).toContain('nombre entier');
      expect(killedHigh).not.toContain('Highest count');
      // Data files have one address for both languages.
      const files = (page: Page) => page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(await files(fr)).toEqual(await files(en));
      expect((await files(fr)).every((href) => !href?.startsWith('/fr/'))).toBe(true);
      expect(await fr.locator('a', { hasText: 'dictionnaire des données' }).first().getAttribute('href')).toBe('#codebook');
      expect(await fr.locator('a[rel="license"]').first().innerText()).toBe('CC BY 4.0');
      expectClean(en);
      expectClean(fr);
    } finally {
      await screenshot(fr, 'data-fr-1280');
      await closePage(en);
      await closePage(fr);
    }
  });
});

describe('the 404 page', () => {
  test('speaks English and French to a missing address in either language, each block marked with its language', async () => {
    for (const path of ['/no-such-page/', '/fr/no-such-page/']) {
      const page = await openPage(path, { width: 360, status: 404 });
      try {
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('h1 [lang="fr"]').innerText()).toBe('Page introuvable');
        const fr = page.locator('main section[lang="fr"]');
        const en = page.locator('main section[lang="en"]');
        expect(await fr.locator('a', { hasText: 'Accueil' }).getAttribute('href')).toBe('/fr/');
        expect(await en.locator('a', { hasText: 'Home' }).getAttribute('href')).toBe('/');
        expect(await fr.locator('form').getAttribute('action')).toBe('/fr/search/');
        expect(await en.locator('form').getAttribute('action')).toBe('/search/');
        expectClean(page);
      } finally {
        if (path.startsWith('/fr')) await screenshot(page, 'not-found-360');
        await closePage(page);
      }
    }
  });

  test('searches in French from the French block', async () => {
    const page = await openPage('/no-such-page/', { status: 404 });
    try {
      await page.getByLabel('Rechercher des incidents, des lieux et des groupes').fill('Gao');
      await page.locator('section[lang="fr"] button[type="submit"]').click();
      await page.waitForURL(/\/fr\/search\/\?q=Gao$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await closePage(page);
    }
  });

  test('is not repeated at /fr/404/', async () => {
    const page = await openPage('/fr/404/', { status: 404 });
    try {
      expect(await page.locator('h1 [lang="en"]').innerText()).toBe('Page not found');
    } finally {
      await closePage(page);
    }
  });
});
