/**
 * Search batches in Pagefind processes of their own, a few at a time (`scripts/index-search.ts`,
 * `scripts/build.ts`). Pagefind mostly keeps one core busy, so batches beside each other, or
 * beside Astro, use the machine's other core; each holds up to about 2 GiB (15,000 files).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BatchOutcome } from '../../src/integrations/pagefind.ts';
import type { IndexBatch } from '../../src/build/search-batches.ts';

const indexScript = fileURLToPath(new URL('../index-search.ts', import.meta.url));
const running = new Set<ChildProcess>();

/** SEARCH_INDEX_JOBS, batches indexed at once; default 2, or 1 on a one-core machine. */
export function jobsFromEnv(): number {
  const n = Number(process.env.SEARCH_INDEX_JOBS);
  return Number.isInteger(n) && n > 0 ? n : Math.min(2, availableParallelism());
}

/** Indexes a batch in a child process (`index-search.ts --batch`), which prints its outcome as JSON. */
export function inChildProcess(siteDir: string, batch: IndexBatch, { threads }: { threads?: number } = {}): Promise<BatchOutcome> {
  // Pagefind parses and writes on a pool of threads (Rayon's, Tokio's), one per core by default.
  const pool = threads ? { RAYON_NUM_THREADS: String(threads), TOKIO_WORKER_THREADS: String(threads) } : {};
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [indexScript, '--batch', JSON.stringify(batch)], {
      env: { ...process.env, ...pool, ASTRO_OUT_DIR: siteDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      running.delete(child);
      if (code === 0) done(JSON.parse(out) as BatchOutcome);
      else fail(new Error(err.trim() || `indexing ${batch.bundle}/ failed with exit code ${code}`));
    });
  });
}

/** Ends every batch still running, when the build fails. */
export function stopAll(): void {
  for (const child of running) child.kill();
}
