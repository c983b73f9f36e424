/**
 * The Pagefind index of a site already built (ASTRO_OUT_DIR, default dist/), in processes of
 * their own: a large site in batches of SEARCH_BATCH_FILES HTML files (15,000), one Pagefind
 * process each (src/build/search-batches.ts), SEARCH_INDEX_JOBS at once (scripts/lib/search-processes.ts).
 * `npm run build` indexes the same way, starting while Astro still renders (scripts/build.ts).
 * Exits non-zero on any indexing error, as the build does.
 *
 * `--batch <json>` indexes one planned batch and prints its outcome as JSON: how each batch gets
 * a process of its own.
 */
import { resolve } from 'node:path';
import { buildSiteSearchIndex, indexBatch, indexSummary } from '../src/integrations/pagefind.ts';
import type { IndexBatch } from '../src/build/search-batches.ts';
import { inChildProcess, jobsFromEnv, stopAll } from './lib/search-processes.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

try {
  if (process.argv[2] === '--batch') {
    process.stdout.write(JSON.stringify(await indexBatch(outDir, JSON.parse(process.argv[3]) as IndexBatch)));
  } else {
    const jobs = jobsFromEnv();
    console.log(indexSummary(await buildSiteSearchIndex(outDir, jobs > 1 ? { jobs, runBatch: inChildProcess } : {})));
  }
} catch (e) {
  stopAll();
  console.error((e as Error).message);
  process.exit(1);
}
