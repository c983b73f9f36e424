// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateRecords } from './src/integrations/validate-records.ts';

export default defineConfig({
  // The public URL of the deployed site, for canonical links, the sitemap and feeds.
  site: process.env.SITE_URL ?? 'https://sahel-conflict-tracker.example.org',
  trailingSlash: 'always',
  // validateRecords runs first so a broken record stops the build before any page is made.
  integrations: [validateRecords(), mdx(), sitemap()],
  vite: {
    // Scripts and assets as files of the site, never inlined: the pages' CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
