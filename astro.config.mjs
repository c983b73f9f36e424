// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateRecords } from './src/integrations/validate-records.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public URL of the deployed site, for canonical links, the sitemap and feeds.
  site: process.env.SITE_URL ?? 'https://sahel-conflict-tracker.example.org',
  trailingSlash: 'always',
  // Separate output and cache folders let tests and benchmarks build fixture sites side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // validateRecords runs first so a broken record stops the build before any page is made.
  // pagefindIndex runs last, over the finished HTML.
  integrations: [validateRecords(), mdx(), sitemap(), pagefindIndex()],
  vite: {
    // Scripts and assets as files of the site, never inlined: the pages' CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
