/**
 * `npm run build`: `astro build` (validation, pages, maps, exports, feeds), then the Pagefind
 * index of what it wrote (ASTRO_OUT_DIR, default dist/), in processes of their own so their
 * memory does not add to Astro's (scripts/lib/search-processes.ts). Extra arguments go to
 * `astro build`.
 *
 * Astro renders pages on one core, route after route, and logs each page it starts. On a site
 * split into several search bundles (src/build/search-batches.ts), a bundle whose pages are all
 * written is indexed on the other core while Astro renders the rest: the French ones, then the
 * English incidents period by period. When Astro is done, a bundle indexed early is kept only if
 * the final plan has the same batch and none of its pages was written after its indexing began;
 * any other is indexed again with the rest. A wrong guess costs time, never pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { batchSizeFromEnv, buildSiteSearchIndex, htmlFiles, indexSummary, type BatchOutcome } from '../src/integrations/pagefind.ts';
import { inBatch, langFolder, languagesDoneBefore, planBatches, unchangedSince, type IndexBatch } from '../src/build/search-batches.ts';
import { langOf } from '../src/domain/routes.ts';
import type { Lang } from '../src/translations/index.ts';
import { Lanes } from '../src/build/lanes.ts';
import { inChildProcess, jobsFromEnv, stopAll } from './lib/search-processes.ts';

const siteDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const maxFiles = batchSizeFromEnv();
const jobs = jobsFromEnv();
/**
 * How many pages behind Astro's latest the build reasons: Astro renders a few pages at once
 * (`build.concurrency` in astro.config.mjs, 4), so a page this far back is surely written.
 */
const settlePages = 16;
/**
 * File times come from the kernel's coarse clock, a few ms behind `Date.now()`: a page counts as
 * written after an early index began if its time is within this of the start. Indexing starts
 * twice this long after the batch is done, so the batch's own last pages are older than that.
 */
const clockSlackMs = 50;

/** A batch indexed while Astro rendered: when it began, and its outcome (null if it failed). */
interface EarlyBatch {
  since: number;
  outcome: Promise<BatchOutcome | null>;
}

// Beside Astro, one batch at a time (Astro has the other core); all the jobs once it is done.
const lanes = new Lanes(1);
const batchKey = (b: IndexBatch) => JSON.stringify([b.bundle, b.globs, b.files]);
/** Batches expected and not yet started, with how many of their pages are still to be written; null until a plan can be guessed. */
let waiting: Map<IndexBatch, number> | null = null;
/** Pages already counted towards their batch: those on disk when the plan was guessed, then each one Astro writes. */
const counted = new Set<string>();
const early = new Map<string, EarlyBatch>();
const recent: string[] = [];
let astroDone = false;

/**
 * The final plan, guessed once a language is all written: the files written so far, and the
 * default language's pages that mirror the done language's (every page exists in each language).
 * Each batch waits for as many pages as it is planned with.
 */
function guessPlan(done: Lang): Map<IndexBatch, number> {
  const all = htmlFiles(siteDir);
  const folder = langFolder(done);
  const mirrored = all.filter((f) => langOf(`/${f}`) === done).map((f) => f.slice(folder.length));
  const files = [...new Set([...all, ...mirrored])];
  // A site that may fit in one batch gets one bundle for all languages: nothing to do early.
  if (files.length <= maxFiles) return new Map();
  const plan = planBatches(files, maxFiles);
  for (const f of all) counted.add(f);
  console.log(`[search-index] ${plan.length} search bundles expected; each is indexed as soon as Astro has written its pages`);
  const left = new Map(plan.map((b) => [b, b.files - all.filter((f) => inBatch(b, f)).length]));
  for (const [batch, n] of left) {
    if (n > 0) continue;
    left.delete(batch);
    startEarly(batch);
  }
  return left;
}

function startEarly(batch: IndexBatch): void {
  setTimeout(() => {
    if (astroDone) return; // too late: the whole index comes next
    const since = Date.now();
    // One thread: Astro has the other core. A failure here is not the build's: the batch is
    // indexed again at the end, where it fails for real.
    early.set(batchKey(batch), { since, outcome: lanes.run(() => inChildProcess(siteDir, batch, { threads: 1 })).catch(() => null) });
  }, clockSlackMs * 2);
}

/**
 * Follows Astro's log of the pages it starts (each once), a few pages behind so that those are
 * written: once a language is done (Astro writes routes in the order of their paths), guesses
 * the plan, then starts each batch when the last of its pages is written.
 */
function onAstroLine(line: string): void {
  const page = /[├└]─ \/(\S+?\.[a-z]+)/.exec(line)?.[1];
  if (!page) return;
  recent.push(page);
  if (recent.length <= settlePages) return;
  const written = recent.shift()!;
  if (!waiting) {
    const [lang] = languagesDoneBefore(written);
    if (!lang) return;
    waiting = guessPlan(lang);
  }
  if (counted.has(written) || !written.endsWith('.html')) return;
  counted.add(written);
  for (const [batch, left] of waiting) {
    if (!inBatch(batch, written)) continue;
    if (left > 1) waiting.set(batch, left - 1);
    else {
      waiting.delete(batch);
      startEarly(batch);
    }
  }
}

/** The early bundles to keep: the final plan has the same batch, and none of its pages is newer. */
async function keptBundles(plan: IndexBatch[], all: string[]): Promise<Map<string, BatchOutcome>> {
  const kept = new Map<string, BatchOutcome>();
  for (const batch of plan) {
    const found = early.get(batchKey(batch));
    const outcome = found && (await found.outcome);
    if (!found || !outcome) continue;
    const files = all.filter((f) => inBatch(batch, f));
    if (unchangedSince(files, (f) => statSync(join(siteDir, f)).mtimeMs, found.since - clockSlackMs)) kept.set(batchKey(batch), outcome);
    else console.log(`[search-index] ${batch.bundle}/: pages written after its early index began; indexing it again`);
  }
  // Early batches the final plan does not have: wait for them, so none writes while the rest runs.
  await Promise.all([...early.values()].map((e) => e.outcome));
  return kept;
}

/**
 * Node options for Astro: a heap limit that grows with the record. V8 otherwise lets garbage
 * pile up to its default limit (about 4 GiB) before it collects hard, and that memory beside a
 * Pagefind process (up to 2 GiB) would break the 6 GiB budget at 100,000 incidents. Astro keeps
 * about 15 KiB per record alive while it renders (0.4 GB at 10,000, 1.8 GB at 100,000), so 1 GiB
 * plus 16 KiB per record leaves room, up to V8's default. A limit the deployer sets in
 * NODE_OPTIONS wins.
 */
function astroNodeOptions(): string {
  const given = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size/.test(given)) return given;
  const records = existsSync('content') ? readdirSync('content', { recursive: true }).filter((f) => String(f).endsWith('.md')).length : 0;
  const mib = Math.round(Math.min(4144, 1024 + (records * 16) / 1024));
  return `${given} --max-old-space-size=${mib}`.trim();
}

async function main(): Promise<number> {
  const started = performance.now();
  const astro = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
    env: { ...process.env, SEARCH_INDEX_STEP: 'separate', NODE_OPTIONS: astroNodeOptions() },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  createInterface({ input: astro.stdout }).on('line', (line) => {
    console.log(line);
    onAstroLine(line);
  });
  const code = await new Promise<number>((done) => astro.on('close', (c) => done(c ?? 1)));
  astroDone = true;
  if (code !== 0) {
    lanes.setLimit(0);
    stopAll();
    return code;
  }
  const astroMs = performance.now() - started;
  lanes.setLimit(jobs);

  const all = htmlFiles(siteDir);
  const kept = await keptBundles(planBatches(all, maxFiles), all);
  const result = await buildSiteSearchIndex(siteDir, {
    maxFiles,
    jobs: Infinity, // the lanes set how many at once
    keep: new Set([...kept.values()].map((o) => o.batch.bundle)),
    files: all,
    runBatch: (dir, batch) => Promise.resolve(kept.get(batchKey(batch)) ?? lanes.run(() => inChildProcess(dir, batch))),
  });
  console.log(indexSummary(result));
  const after = (performance.now() - started - astroMs) / 1000;
  console.log(`[build] Astro ${(astroMs / 1000).toFixed(1)} s, then the search index ${after.toFixed(1)} s (${kept.size} of ${result.batches.length} bundles indexed while Astro rendered)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  lanes.setLimit(0);
  stopAll();
  console.error((e as Error).message);
  process.exitCode = 1;
}
