/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every build, so a
 * deployed site always searches what it shows. Pagefind only indexes pages that mark
 * `data-pagefind-body` (incident, country, actor, source and brief pages); chrome carries
 * `data-pagefind-ignore`.
 *
 * We drive Pagefind's Node API ourselves rather than use `astro-pagefind`, because that
 * integration logs indexing errors without failing the build: a site whose search silently
 * misses pages must not deploy.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Throws when a Pagefind response reports errors, naming the step that failed. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    const err = new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
    err.stack = err.message;
    throw err;
  }
  return response;
}

export interface IndexResult {
  pages: number;
  ms: number;
  outputPath: string;
}

/** Indexes the HTML files under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexResult> {
  const started = performance.now();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: siteDir }));
    const outputPath = path.join(siteDir, 'pagefind');
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { pages: page_count, ms: performance.now() - started, outputPath };
  } finally {
    // The service is a child process: leaving it open keeps the build from exiting.
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, ms } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} HTML files read in ${(ms / 1000).toFixed(2)} s`);
      },
    },
  };
}
