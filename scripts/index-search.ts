/**
 * `npm run build`'s second step: the Pagefind index of the site `astro build` just wrote (to
 * ASTRO_OUT_DIR, default dist/), in a process of its own so its memory does not add to Astro's;
 * a large site in batches of SEARCH_BATCH_FILES HTML files (15,000), one Pagefind process each
 * (src/build/search-batches.ts). Exits non-zero on any indexing error, failing the build like the
 * integration does.
 */
import { resolve } from 'node:path';
import { buildSiteSearchIndex, indexSummary } from '../src/integrations/pagefind.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
try {
  console.log(indexSummary(await buildSiteSearchIndex(outDir)));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
