import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../src/build/sitemap-alternates.ts';
// The sitemap integration's own i18n pass (not exported by the package): what the links must stay the same as.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';

const i18n = { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } };
const paths = ['', 'actors/', 'actors/jnim/', 'incidents/page/2/', 'incidents/page/10/', 'incidents/2025-03-02-djibo-attack/', 'sources/rfi-2024/', 'timeline/2025/03/', 'frontier/'];

/** Every page in both languages, as the sitemap lists them. */
function site(base: string): string[] {
  return paths.flatMap((p) => [base + p, `${base}fr/${p}`]);
}

describe('the sitemap hreflang links', () => {
  for (const base of ['https://tracker.example.org/', 'https://example.github.io/tracker/sub/']) {
    it(`are the links the sitemap's i18n option wrote, in the same order (${base})`, () => {
      const urls = site(base);
      const expected = generateSitemap(urls, base, { i18n });
      for (const item of expected) {
        expect(item.links, item.url).toBeDefined();
        expect(sitemapAlternates(item.url, base), item.url).toEqual(item.links);
      }
    });
  }

  it('name both languages of a page from either address', () => {
    const base = 'https://tracker.example.org/';
    const links = [{ url: `${base}actors/jnim/`, lang: 'en' }, { url: `${base}fr/actors/jnim/`, lang: 'fr' }];
    expect(sitemapAlternates(`${base}actors/jnim/`, base)).toEqual(links);
    expect(sitemapAlternates(`${base}fr/actors/jnim/`, base)).toEqual(links);
    // A path that only starts with the letters of a language is English.
    expect(sitemapAlternates(`${base}frontier/`, base)?.map((l) => l.url)).toEqual([`${base}fr/frontier/`, `${base}frontier/`]);
  });

  it('leave out a URL of another site', () => {
    expect(sitemapAlternates('https://elsewhere.example/x/', 'https://tracker.example.org/')).toBeUndefined();
  });
});
