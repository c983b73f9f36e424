import { describe, expect, it } from 'vitest';
import { bundleList, inBatch, languagesDoneBefore, planBatches, unchangedSince } from '../../src/build/search-batches.ts';

/** A site's HTML paths: `counts` incident pages per month (`2019-05`) in each language, and other pages. */
function site(counts: Record<string, number>): string[] {
  const pages = ['index.html', '404.html', 'incidents/index.html', 'incidents/page/2/index.html', 'countries/mli/index.html', 'actors/jnim/index.html', 'search/index.html'];
  for (const [month, n] of Object.entries(counts)) {
    for (let i = 1; i <= n; i++) pages.push(`incidents/${month}-${String((i % 28) + 1).padStart(2, '0')}-place-${i}/index.html`);
  }
  return [...pages, ...pages.filter((p) => p !== '404.html').map((p) => `fr/${p}`)];
}

/** A later page of a list (`incidents/page/2/`), which no search bundle reads. */
const isList = (f: string) => f.replace(/^fr\//, '').split('/').length > 3;

/** Which batch each incident page of a language falls in, by the batch's globs (`incidents/2019-*\/index.html`). */
function batchOf(batches: ReturnType<typeof planBatches>, file: string): string[] {
  return batches.filter((b) => b.globs?.some((g) => new RegExp(`^${g.replace(/\*\*\/\*/g, '.+').replace(/\*/g, '[^/]+')}$`).test(file))).map((b) => b.bundle);
}

describe('the batches of the search index', () => {
  it('indexes a site that fits in one batch as one bundle for every language, as Pagefind alone would', () => {
    const files = site({ '2019-05': 40, '2024-01': 40 });
    const batches = planBatches(files, 1000);
    expect(batches).toEqual([{ bundle: 'pagefind', langs: ['en', 'fr'], files: files.length }]);
    expect(bundleList(batches)).toEqual({ en: ['pagefind/'], fr: ['pagefind/'] });
  });

  it('splits a larger site by language and packs whole years, oldest first, the other pages with the newest', () => {
    const files = site({ '2017-03': 30, '2018-03': 30, '2019-03': 30, '2020-03': 45, '2021-03': 10 });
    const batches = planBatches(files, 70);
    expect(batches.map((b) => [b.bundle, b.files])).toEqual([
      ['pagefind-en-2017-2018', 60],
      ['pagefind-en-2019', 30],
      ['pagefind-en-2020-2021', 61],
      ['pagefind-fr-2017-2018', 60],
      ['pagefind-fr-2019', 30],
      ['pagefind-fr-2020-2021', 60],
    ]);
    expect(bundleList(batches).fr).toEqual(['pagefind-fr-2017-2018/', 'pagefind-fr-2019/', 'pagefind-fr-2020-2021/']);
    // Every page is in exactly one batch of its language, and no batch is over the limit but by a whole unit.
    for (const f of files.filter((f) => !isList(f))) expect(batchOf(batches, f), f).toHaveLength(1);
    expect(batchOf(batches, 'fr/incidents/2019-03-02-place-1/index.html')).toEqual(['pagefind-fr-2019']);
    expect(batchOf(batches, 'fr/countries/mli/index.html')).toEqual(['pagefind-fr-2020-2021']);
    // Later pages of a list are never searched: Pagefind does not read them.
    expect(batchOf(batches, 'incidents/page/2/index.html')).toEqual([]);
    expect(batchOf(batches, 'fr/incidents/page/2/index.html')).toEqual([]);
  });

  it('splits a year too large for one batch by month, and leaves older batches as they were when a newer year grows', () => {
    const en = (counts: Record<string, number>) => planBatches(site(counts), 90).filter((b) => b.langs[0] === 'en');
    const before = en({ '2018-06': 20, '2019-01': 40, '2019-02': 40, '2019-03': 40, '2020-01': 10 });
    expect(before.map((b) => [b.bundle, b.files])).toEqual([
      ['pagefind-en-2018-2019-01', 60],
      ['pagefind-en-2019-02-2020', 90],
      ['pagefind-en', 6],
    ]);
    const after = en({ '2018-06': 20, '2019-01': 40, '2019-02': 40, '2019-03': 40, '2020-01': 45 });
    expect(after.map((b) => b.bundle)).toEqual(['pagefind-en-2018-2019-01', 'pagefind-en-2019-02-2019-03', 'pagefind-en-2020']);
    expect(after[0]).toEqual(before[0]);
  });
});

describe('indexing bundles while Astro still renders (npm run build)', () => {
  it('counts French as written once Astro starts the routes after /fr/, not before', () => {
    // The order Astro writes a site in: routes by path, each route's pages together.
    expect(languagesDoneBefore('actors/jnim/index.html')).toEqual([]);
    expect(languagesDoneBefore('data/incidents.csv')).toEqual([]);
    expect(languagesDoneBefore('fr/incidents/2024-01-02-x/index.html')).toEqual([]);
    expect(languagesDoneBefore('fr/timeline/2024/index.html')).toEqual([]);
    expect(languagesDoneBefore('incidents/2017-01-01-x/index.html')).toEqual(['fr']);
    expect(languagesDoneBefore('index.html')).toEqual(['fr']);
  });

  it('knows which batch each page is in, as Pagefind reads the globs', () => {
    const files = site({ '2017-03': 30, '2018-03': 30, '2019-03': 30, '2020-03': 45, '2021-03': 10 });
    const batches = planBatches(files, 70);
    for (const f of files) expect(batches.filter((b) => inBatch(b, f)), f).toHaveLength(isList(f) ? 0 : 1);
    const [en2017] = batches;
    expect(en2017.bundle).toBe('pagefind-en-2017-2018');
    expect(inBatch(en2017, 'incidents/2018-03-05-place-4/index.html')).toBe(true);
    expect(inBatch(en2017, 'incidents/2019-03-05-place-4/index.html')).toBe(false);
    expect(inBatch(en2017, 'fr/incidents/2018-03-05-place-4/index.html')).toBe(false);
    // A batch of the whole site has every page.
    expect(inBatch(planBatches(files, 10_000)[0], 'fr/actors/jnim/index.html')).toBe(true);
  });

  it('keeps an early bundle only while none of its pages was written since it began', () => {
    const files = ['fr/a/index.html', 'fr/b/index.html'];
    expect(unchangedSince(files, () => 1000, 2000)).toBe(true);
    expect(unchangedSince(files, (f) => (f.startsWith('fr/b') ? 2000 : 1000), 2000)).toBe(false);
  });
});
