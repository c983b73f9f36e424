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
import { languages } from '../translations/index.ts';
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
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
  /** HTML files read. */
  files: number;
  /** Pages in the index: those marked `data-pagefind-body`. */
  pages: number;
  ms: number;
  outputPath: string;
}

/** Indexes the HTML files under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexResult> {
  const started = performance.now();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: siteDir }));
    const outputPath = path.join(siteDir, 'pagefind');
    check('writeFiles', await index.writeFiles({ outputPath }));
    removeUnusedUi(outputPath);
    // One index per language, which Pagefind makes from each page's `<html lang>`.
    const byLang = indexedPages(outputPath);
    const pages = Object.values(byLang).reduce((a, b) => a + b, 0);
    // Pagefind reports no error for an empty or missing folder; a search that finds nothing,
    // in either language, must not deploy either.
    const empty = languages.filter((l) => !byLang[l]);
    if (empty.length > 0) {
      const err = new Error(`Pagefind indexed no ${empty.join(' or ')} page in ${siteDir} (${page_count} HTML files read)`);
      err.stack = err.message;
      throw err;
    }
    return { files: page_count, pages, ms: performance.now() - started, outputPath };
  } finally {
    // The service is a child process: leaving it open keeps the build from exiting.
    await pagefind.close();
  }
}

/** Pages in the written index per language, from the bundle's entry file. */
function indexedPages(outputPath: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([l, { page_count }]) => [l, page_count]));
}

/**
 * Pagefind also writes its ready-made search UIs (about 0.4 MB); /search/ is our own page on
 * the JS API (`pagefind.js`, its worker and WebAssembly), so those files would only be dead weight.
 */
function removeUnusedUi(outputPath: string): void {
  for (const f of readdirSync(outputPath)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f)) rmSync(path.join(outputPath, f));
  }
}

/** The line the build logs; the benchmark reads the time from it. */
export function indexSummary({ files, pages, ms }: IndexResult): string {
  return `search index: ${pages} pages indexed (of ${files} HTML files) in ${(ms / 1000).toFixed(2)} s`;
}

/**
 * Indexes at the end of `astro build`. `npm run build` sets SEARCH_INDEX_STEP=separate and
 * indexes in its own process afterwards (scripts/index-search.ts): here the Pagefind binary's
 * memory would add to the Astro process's, which still holds every page's data (about
 * 1.4 + 1.1 GiB at 10,000 incidents, over the 2 GiB budget; see BENCHMARKS.md).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX_STEP === 'separate') {
          logger.info('search index: left to the next step (scripts/index-search.ts)');
          return;
        }
        logger.info(indexSummary(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
