/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` (and, for a large site, more bundles
 * beside it: see `build/search-batches.ts`) at the end of every build, so a
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
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Lanes } from '../build/lanes.ts';
import { bundleList, defaultMaxFiles, isBundleFolder, mainBundle, planBatches, type IndexBatch } from '../build/search-batches.ts';
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

export interface BatchResult {
  /** The bundle folder it wrote (`pagefind`, `pagefind-en-2019-2021`). */
  bundle: string;
  files: number;
  pages: number;
  ms: number;
  /** Peak memory of its Pagefind process, in bytes, where the system tells it (Linux). */
  peakBytes?: number;
}

export interface IndexResult {
  /** HTML files read. */
  files: number;
  /** Pages in the index: those marked `data-pagefind-body`. */
  pages: number;
  /** The same per language. */
  byLang: Record<string, number>;
  ms: number;
  /** Where the bundle list is (`<site>/pagefind`); a small site's only bundle is there too. */
  outputPath: string;
  batches: BatchResult[];
}

/** What indexing one batch gives: its line in the log, and its pages per language. */
export interface BatchOutcome {
  batch: BatchResult;
  byLang: Record<string, number>;
}

/** Indexes one batch into its bundle folder: `indexBatch` here, or the same in a process of its own. */
export type BatchRunner = (siteDir: string, batch: IndexBatch) => Promise<BatchOutcome>;

export interface IndexOptions {
  /** HTML files per Pagefind process (default SEARCH_BATCH_FILES, else 15,000): a larger site is indexed in several. */
  maxFiles?: number;
  /**
   * Batches indexed at once (default 1). More needs a `runBatch` that gives each its own Pagefind
   * process: this module's Pagefind service is one process, shared by every caller in it.
   */
  jobs?: number;
  runBatch?: BatchRunner;
  /** Bundle folders already written by this build (indexed while Astro still rendered): kept, not cleared. */
  keep?: ReadonlySet<string>;
  /** The site's HTML files (`htmlFiles`), when the caller has just listed them: not listed again. */
  files?: readonly string[];
}

/**
 * Indexes the HTML files under `siteDir` in as few batches as fit (`build/search-batches.ts`),
 * each in a fresh Pagefind process, and writes each batch's bundle and the list of them
 * (`pagefind/bundles.json`) under `siteDir`.
 */
export async function buildSearchIndex(siteDir: string, { maxFiles = batchSizeFromEnv(), jobs = 1, runBatch = indexBatch, keep = new Set(), files }: IndexOptions = {}): Promise<IndexResult> {
  const started = performance.now();
  const html = files ?? htmlFiles(siteDir);
  const batches = planBatches(html, maxFiles);
  // Bundles of an earlier indexing of this folder would be searched with the new ones.
  for (const f of html.length ? readdirSync(siteDir, { withFileTypes: true }) : []) {
    if (f.isDirectory() && isBundleFolder(f.name) && !keep.has(f.name)) rmSync(path.join(siteDir, f.name), { recursive: true, force: true });
  }
  const lanes = new Lanes(jobs);
  const outcomes = await Promise.all(batches.map((batch) => lanes.run(() => runBatch(siteDir, batch))));
  const done = outcomes.map((o) => o.batch);
  const byLang: Record<string, number> = {};
  for (const o of outcomes) for (const [l, n] of Object.entries(o.byLang)) byLang[l] = (byLang[l] ?? 0) + n;
  const pages = Object.values(byLang).reduce((a, b) => a + b, 0);
  // Pagefind reports no error for an empty or missing folder; a search that finds nothing
  // must not deploy either (nor one that finds nothing in one language: see `missingLanguages`).
  if (pages === 0) {
    const err = new Error(`Pagefind indexed no page in ${siteDir} (${html.length} HTML files read)`);
    err.stack = err.message;
    throw err;
  }
  const outputPath = path.join(siteDir, mainBundle);
  mkdirSync(outputPath, { recursive: true });
  writeFileSync(path.join(outputPath, 'bundles.json'), JSON.stringify(bundleList(batches.filter((_, i) => done[i].pages > 0))));
  return { files: html.length, pages, byLang, ms: performance.now() - started, outputPath, batches: done };
}

/** SEARCH_BATCH_FILES, the HTML files per Pagefind process, when set (tests lower it to split a small site). */
export function batchSizeFromEnv(): number {
  const n = Number(process.env.SEARCH_BATCH_FILES);
  return Number.isInteger(n) && n > 0 ? n : defaultMaxFiles;
}

/** The site's HTML files, relative and `/`-separated; none for a folder that does not exist. */
export function htmlFiles(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
}

/** One batch in a Pagefind process of its own, closed afterwards so its memory goes back. */
export async function indexBatch(siteDir: string, batch: IndexBatch): Promise<BatchOutcome> {
  const started = performance.now();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let files = 0;
    for (const glob of batch.globs ?? [undefined]) {
      files += check('addDirectory', await index.addDirectory({ path: siteDir, ...(glob ? { glob } : {}) })).page_count;
    }
    const outputPath = path.join(siteDir, batch.bundle);
    check('writeFiles', await index.writeFiles({ outputPath }));
    const peakBytes = pagefindPeakBytes();
    removeUnusedUi(outputPath);
    // One index per language, which Pagefind makes from each page's `<html lang>`.
    const byLang = indexedPages(outputPath);
    const pages = Object.values(byLang).reduce((a, b) => a + b, 0);
    return { batch: { bundle: batch.bundle, files, pages, ms: performance.now() - started, peakBytes }, byLang };
  } finally {
    // The service is a child process: leaving it open keeps the build from exiting (and its memory held).
    await pagefind.close();
  }
}

/** The peak resident memory of this process's Pagefind child (Linux `/proc`), or undefined. */
function pagefindPeakBytes(): number | undefined {
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*pagefind/m.test(status) || !new RegExp(`^PPid:\\s*${process.pid}$`, 'm').test(status)) continue;
      const kb = /^VmHWM:\s*(\d+) kB/m.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : undefined;
    }
  } catch {
    // Not Linux, or the process ended: the figure is only for the log.
  }
  return undefined;
}

/** Pages in the written index per language, from the bundle's entry file (none when Pagefind wrote no index). */
function indexedPages(outputPath: string): Record<string, number> {
  const file = path.join(outputPath, 'pagefind-entry.json');
  if (!existsSync(file)) return {};
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([l, { page_count }]) => [l, page_count]));
}

/**
 * Pagefind also writes its ready-made search UIs (about 0.4 MB); /search/ is our own page on
 * the JS API (`pagefind.js`, its worker and WebAssembly), so those files would only be dead weight.
 */
function removeUnusedUi(outputPath: string): void {
  if (!existsSync(outputPath)) return;
  for (const f of readdirSync(outputPath)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f)) rmSync(path.join(outputPath, f));
  }
}

/** The site's languages that have no page in the index: a full build must have none. */
export function missingLanguages({ byLang }: IndexResult): string[] {
  return languages.filter((l) => !byLang[l]);
}

/** The whole site's index: as `buildSearchIndex`, and fails unless every language can be searched. */
export async function buildSiteSearchIndex(siteDir: string, options?: IndexOptions): Promise<IndexResult> {
  const result = await buildSearchIndex(siteDir, options);
  const missing = missingLanguages(result);
  if (missing.length > 0) {
    const err = new Error(`Pagefind indexed no ${missing.join(' or ')} page in ${siteDir}: the search of that language would find nothing`);
    err.stack = err.message;
    throw err;
  }
  return result;
}

/**
 * The lines the build logs. The benchmark reads the time from the first ("... in 12.34 s"); one
 * line per bundle follows when there are several, with its Pagefind process's peak memory.
 */
export function indexSummary({ files, pages, byLang, ms, batches }: IndexResult): string {
  const each = Object.entries(byLang).map(([l, n]) => `${l} ${n}`).join(', ');
  const peak = (b: BatchResult) => (b.peakBytes ? `, Pagefind peak ${(b.peakBytes / 2 ** 30).toFixed(2)} GiB` : '');
  const lines = [`search index: ${pages} pages indexed (of ${files} HTML files; ${each}) in ${(ms / 1000).toFixed(2)} s, ${batches.length} bundle${batches.length === 1 ? '' : 's'}${batches.length === 1 ? peak(batches[0]) : ''}`];
  if (batches.length > 1) {
    for (const b of batches) lines.push(`  search bundle ${b.bundle}/: ${b.pages} pages (of ${b.files} HTML files) in ${(b.ms / 1000).toFixed(2)} s${peak(b)}`);
  }
  return lines.join('\n');
}

/**
 * Indexes at the end of `astro build`. `npm run build` sets SEARCH_INDEX_STEP=separate and
 * indexes in Pagefind processes of its own, partly while Astro renders (scripts/build.ts): here
 * the Pagefind binary's memory would add to the Astro process's, which still holds every page's
 * data (about 1.4 + 1.1 GiB at 10,000 incidents, over the 2 GiB budget; see BENCHMARKS.md).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX_STEP === 'separate') {
          logger.info('search index: left to scripts/build.ts');
          return;
        }
        logger.info(indexSummary(await buildSiteSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
