// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateRecords } from './src/integrations/validate-records.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sahel-conflict-tracker.example.org',
  trailingSlash: 'always',
  integrations: [validateRecords(), mdx()],
});
