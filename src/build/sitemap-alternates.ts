/**
 * The sitemap's `hreflang` links: each page in every language. `@astrojs/sitemap`'s own `i18n`
 * option finds them by comparing every URL with every other (quadratic: about 3 s at 10,000
 * incidents and minutes at 100,000, BENCHMARKS.md "Build speed with two languages"). Every page
 * of the site exists in both languages (`integrations/french-routes.ts`), so the links follow
 * from the URL alone. The result is what the option wrote: the same links in the same order.
 */
import { inLang, path } from '../domain/routes.ts';
import { languages } from '../translations/index.ts';

export interface AlternateLink {
  url: string;
  lang: string;
}

// The order @astrojs/sitemap sorts its URLs in, so the links keep the order they had.
const sitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The page at `url` in each language, English at the site's address and the others under
 * `/<lang>/`; `siteBase` is the site's URL with its base path, ending in `/`. Undefined for
 * a URL outside the site.
 */
export function sitemapAlternates(url: string, siteBase: string): AlternateLink[] | undefined {
  if (!url.startsWith(siteBase)) return undefined;
  // The page's path from the site's root, switched to each language by the routes' own rule.
  const page = `/${url.slice(siteBase.length)}`;
  return languages
    .map((lang) => ({ url: siteBase + inLang(page, lang).slice(path('').length), lang }))
    .sort((a, b) => sitemapOrder(a.url, b.url));
}
