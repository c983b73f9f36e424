// The floor: Astro with nothing but one page per record, plus the same Pagefind indexing the
// real site does, so the ratio real/floor measures what the site's own pages and queries cost.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Same Pagefind Node API calls and log line as src/integrations/pagefind.ts. */
const pagefindFloor = {
  name: 'pagefind-floor',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      try {
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        const { page_count, errors } = await index.addDirectory({ path: fileURLToPath(dir) });
        if (errors.length) throw new Error(errors.join('\n'));
        await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
        logger.info(`search index: ${page_count} HTML files read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [pagefindFloor],
});
