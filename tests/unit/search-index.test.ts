import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSiteSearchIndex } from '../../src/integrations/pagefind.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    const lang = path.startsWith('fr/') ? 'fr' : 'en';
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

const bundles = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'bundles.json'), 'utf8')) as Record<string, string[]>;
/** Pages per language in a bundle's entry file. */
const entryPages = (dir: string, bundle: string) =>
  Object.fromEntries(Object.entries((JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).map(([l, e]) => [l, e.page_count]));

describe('the search index of a build', () => {
  it('indexes only the pages marked data-pagefind-body and writes the browser API beside them', async () => {
    const dir = site({
      'incidents/a': '<main data-pagefind-body><h1>Attack on Boulkessi</h1></main>',
      'countries/mli': '<main data-pagefind-body><h1>Mali</h1></main>',
      methodology: '<main><h1>How records are made</h1></main>',
    });
    const r = await buildSearchIndex(dir);
    expect(r.files).toBe(3);
    expect(r.pages).toBe(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 30_000);

  it('leaves out the ready-made search UIs the site does not use', async () => {
    const dir = site({ 'incidents/a': '<main data-pagefind-body><h1>Attack</h1></main>' });
    await buildSearchIndex(dir);
    expect(readdirSync(join(dir, 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  }, 30_000);

  it('fails when the build wrote no page to index, instead of deploying a search that finds nothing', async () => {
    const dir = site({});
    await expect(buildSearchIndex(dir)).rejects.toThrow(/indexed no page/);
  }, 30_000);

  it('fails for a folder that does not exist', async () => {
    await expect(buildSearchIndex(join(tmpdir(), 'no-such-site-folder-for-search'))).rejects.toThrow(/indexed no page/);
  }, 30_000);

  describe('of a site larger than one batch', () => {
    const pages: Record<string, string> = {};
    for (const lang of ['', 'fr/']) {
      for (const [id, words] of [['2019-03-01-a', 'Boulkessi'], ['2019-07-09-b', 'Djibo'], ['2021-01-02-c', 'Tillaberi'], ['2024-05-05-d', 'Menaka']]) {
        pages[`${lang}incidents/${id}`] = `<main data-pagefind-body><h1>${words}</h1><span data-pagefind-filter="kind">incident</span></main>`;
      }
      pages[`${lang}countries/mli`] = '<main data-pagefind-body><h1>Mali</h1><span data-pagefind-filter="kind">country</span></main>';
      pages[`${lang}incidents/page/2`] = '<main><h1>List</h1></main>';
    }

    it('indexes each language and period in a bundle of its own, every page once, and lists them', async () => {
      const dir = site(pages);
      const r = await buildSiteSearchIndex(dir, { maxFiles: 3 });
      expect(r.files).toBe(12);
      expect(r.byLang).toEqual({ en: 5, fr: 5 });
      expect(bundles(dir)).toEqual({
        en: ['pagefind-en-2019-2021/', 'pagefind-en-2024/'],
        fr: ['pagefind-fr-2019-2021/', 'pagefind-fr-2024/'],
      });
      expect(r.batches.map((b) => [b.bundle, b.pages])).toEqual([
        ['pagefind-en-2019-2021', 3],
        ['pagefind-en-2024', 2], // the newest incidents and the language's other pages
        ['pagefind-fr-2019-2021', 3],
        ['pagefind-fr-2024', 2],
      ]);
      expect(entryPages(dir, 'pagefind-fr-2019-2021')).toEqual({ fr: 3 });
      // Each bundle is complete for the browser, without the unused UIs.
      for (const b of r.batches) {
        const lang = b.bundle.split('-')[1];
        const files = readdirSync(join(dir, b.bundle));
        expect(files, b.bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', `wasm.${lang}.pagefind`, 'pagefind-entry.json']));
        expect(files.filter((f) => /ui|highlight/.test(f)), b.bundle).toEqual([]);
      }
    }, 60_000);

    it('writes the one bundle a small site needs, and no bundle of an earlier indexing remains', async () => {
      const dir = site(pages);
      await buildSearchIndex(dir, { maxFiles: 3 });
      const r = await buildSearchIndex(dir);
      expect(r.batches.map((b) => b.bundle)).toEqual(['pagefind']);
      expect(bundles(dir)).toEqual({ en: ['pagefind/'], fr: ['pagefind/'] });
      expect(entryPages(dir, 'pagefind')).toEqual({ en: 5, fr: 5 });
      expect(readdirSync(dir).filter((f) => f.startsWith('pagefind'))).toEqual(['pagefind']);
    }, 60_000);
  });
});
