// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { validateRecords } from './src/integrations/validate-records.ts';
import { validatedContent } from './src/records/validate.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { frenchRoutes } from './src/integrations/french-routes.ts';
import { sitemapAlternates } from './src/build/sitemap-alternates.ts';

/** The pages left at the old URLs of renamed or merged incidents stay out of the sitemap. */
/** @type {Set<string> | undefined} */
let movedIds;
/** @param {string} page */
function isMovedRecord(page) {
  const m = /\/incidents\/([^/]+)\/$/.exec(page);
  if (!m) return false;
  movedIds ??= new Set(validatedContent(fileURLToPath(new URL('.', import.meta.url))).records.incidents.flatMap((i) => i.data.replaces));
  return movedIds.has(m[1]);
}

/** The page the service worker shows for a page never opened offline is no page of the site's own. */
/** @param {string} page */
const isOfflinePage = (page) => ['offline/', 'fr/offline/'].some((p) => new URL(page).pathname === `${base ?? '/'}${p}`);

/** BASE_PATH (`tracker/sub`, `/tracker/sub/`...) as Astro wants it: `/tracker/sub/`; unset: the root. */
function basePath() {
  const parts = (process.env.BASE_PATH ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : undefined;
}

const base = basePath();
const site = process.env.SITE_URL ?? 'https://sahel-conflict-tracker.example.org';
/** The site's URL with its base path, as the sitemap writes page URLs. */
const siteBase = new URL(base ?? '/', site).href;

export default defineConfig({
  // The public URL of the deployed site, for canonical links, the sitemap and feeds.
  site,
  // The path the site is served under (a GitHub Pages project site: `/<repo>/`); routes.ts puts it in every URL.
  base,
  trailingSlash: 'always',
  // Pages render while earlier ones are written: without it the build waits on every file write
  // (a third of the page-generation time). Pages share nothing that depends on the order.
  build: { concurrency: 4 },
  // Separate output and cache folders let tests and benchmarks build fixture sites side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // validateRecords runs first so a broken record stops the build before any page is made.
  // serviceWorker lists the finished site's files to precache; pagefindIndex runs last, over the finished HTML.
  integrations: [
    validateRecords(),
    frenchRoutes(),
    mdx(),
    // hreflang links from each URL (sitemap-alternates.ts), not the option's `i18n`, which compares every URL with every other.
    sitemap({ filter: (page) => !isMovedRecord(page) && !isOfflinePage(page), serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, siteBase) }) }),
    serviceWorker(),
    pagefindIndex(),
  ],
  vite: {
    // Scripts and assets as files of the site, never inlined: the pages' CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
