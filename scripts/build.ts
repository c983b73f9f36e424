/**
 * `npm run build`: `astro build` (validation, pages, maps, exports, feeds), then the Pagefind
 * index of what it wrote (ASTRO_OUT_DIR, default dist/), in processes of their own so their
 * memory does not add to Astro's (scripts/lib/search-processes.ts). Extra arguments go to
 * `astro build`.
 *
 * Astro renders pages on one core, route after route, and logs each page it starts. On a site
 * split into several search bundles (src/build/search-batches.ts), a bundle whose pages are all
 * written is indexed on the other core while Astro renders the rest. The incident records' file
 * names plan the bundles of incident periods before Astro starts, so French periods are indexed
 * while French pages render; the rest of the plan is guessed once French is all written. When
 * Astro is done, a bundle indexed early is kept only if the final plan has the same batch and
 * none of its pages was written after its indexing began; any other is indexed again with the
 * rest. A wrong guess costs time, never pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { batchSizeFromEnv, buildSiteSearchIndex, htmlFiles, indexSummary, type BatchOutcome } from '../src/integrations/pagefind.ts';
import { batchesFromIncidentIds, inBatch, langFolder, languagesDoneBefore, planBatches, unchangedSince, type IndexBatch } from '../src/build/search-batches.ts';
import { langOf } from '../src/domain/routes.ts';
import type { Lang } from '../src/translations/index.ts';
import { Lanes } from '../src/build/lanes.ts';
import { parseRecordText } from '../src/records/read-records.ts';
import { inChildProcess, jobsFromEnv, stopAll } from './lib/search-processes.ts';

const siteDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const incidentsDir = 'content/incidents';
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
/** Batches expected and not yet started, with how many of their pages are still to be written. */
const waiting = new Map<IndexBatch, number>();
/** Whether the whole plan was guessed from the pages written (once a language is done). */
let guessed = false;
/** Batches started early (their keys), from the moment they are started. */
const started = new Set<string>();
/** Pages already counted towards their batch: those on disk when the plan was guessed, then each one Astro writes. */
const counted = new Set<string>();
const early = new Map<string, EarlyBatch>();
const recent: string[] = [];
let astroDone = false;

/**
 * The incident pages' ids: each record's file name (`content/incidents/<year>/<id>.md`), and the old
 * ids its `replaces` keeps pages at. Read while Astro starts up: 100,000 records take seconds.
 */
async function incidentPageIds(): Promise<string[]> {
  if (!existsSync(incidentsDir)) return [];
  const files = readdirSync(incidentsDir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  const ids = files.map((f) => basename(f, '.md'));
  const lanes = new Lanes(32);
  await Promise.all(
    files.map((f) =>
      lanes.run(async () => {
        const text = await readFile(join(incidentsDir, f), 'utf8');
        if (!text.includes('replaces:')) return;
        const { replaces } = (parseRecordText(text).data ?? {}) as { replaces?: unknown };
        ids.push(...[replaces].flat().filter((id): id is string => typeof id === 'string'));
      }),
    ),
  );
  return ids;
}

/**
 * Expects the batches that the incident records decide, counting the pages Astro has already
 * written. Before the guess of the whole plan only: after it, that plan is the better one.
 */
async function planFromRecords(): Promise<void> {
  const known = batchesFromIncidentIds(await incidentPageIds(), maxFiles);
  if (guessed || astroDone || known.length === 0) return;
  console.log(`[search-index] ${known.length} search bundles of incident periods planned from the records; each is indexed as soon as Astro has written its pages`);
  for (const batch of known) {
    let left = batch.files;
    for (const f of counted) if (inBatch(batch, f)) left--;
    if (left > 0) waiting.set(batch, left);
    else startEarly(batch);
  }
}

/**
 * The final plan, guessed once a language is all written: the files written so far, and the
 * default language's pages that mirror the done language's (every page exists in each language).
 * Each batch not yet started waits for as many pages as it is planned with.
 */
function guessPlan(done: Lang): void {
  guessed = true;
  const all = htmlFiles(siteDir);
  const folder = langFolder(done);
  const mirrored = all.filter((f) => langOf(`/${f}`) === done).map((f) => f.slice(folder.length));
  const files = [...new Set([...all, ...mirrored])];
  waiting.clear();
  // A site that may fit in one batch gets one bundle for all languages: nothing to do early.
  if (files.length <= maxFiles) return;
  const plan = planBatches(files, maxFiles);
  for (const f of all) counted.add(f);
  const keys = new Set(plan.map(batchKey));
  const astray = [...started].filter((k) => !keys.has(k)).length;
  console.log(`[search-index] ${plan.length} search bundles expected, ${started.size - astray} of them already started`);
  if (astray) console.log(`[search-index] ${astray} bundles started from the records' plan differ from the pages written; indexing them again`);
  for (const batch of plan) {
    if (started.has(batchKey(batch))) continue;
    const left = batch.files - all.filter((f) => inBatch(batch, f)).length;
    if (left > 0) waiting.set(batch, left);
    else startEarly(batch);
  }
}

function startEarly(batch: IndexBatch): void {
  started.add(batchKey(batch));
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
 * written: counts each page towards its batch and starts a batch when the last of its pages is
 * written; once a language is done (Astro writes routes in the order of their paths), guesses
 * the rest of the plan.
 */
function onAstroLine(line: string): void {
  const page = /[├└]─ \/(\S+?\.[a-z]+)/.exec(line)?.[1];
  if (!page) return;
  recent.push(page);
  if (recent.length <= settlePages) return;
  const written = recent.shift()!;
  if (!guessed) {
    const [lang] = languagesDoneBefore(written);
    if (lang) guessPlan(lang);
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
  const began = performance.now();
  const astro = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
    env: { ...process.env, SEARCH_INDEX_STEP: 'separate', NODE_OPTIONS: astroNodeOptions() },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  createInterface({ input: astro.stdout }).on('line', (line) => {
    console.log(line);
    onAstroLine(line);
  });
  const planned = planFromRecords().catch((e: Error) => console.log(`[search-index] no plan from the records (${e.message}); bundles wait for the pages`));
  const code = await new Promise<number>((done) => astro.on('close', (c) => done(c ?? 1)));
  astroDone = true;
  await planned;
  if (code !== 0) {
    lanes.setLimit(0);
    stopAll();
    return code;
  }
  const astroMs = performance.now() - began;
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
  const after = (performance.now() - began - astroMs) / 1000;
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
