/**
 * Builds the sites the browser tests run against: fixture sites from other content folders
 * (the fixture dataset most tests use, the hostile records), each built from a copy of the
 * project so a fixture goes through exactly the same code as real records, and the real site
 * from the bundled `content/` (for the smoke test only).
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const resultsDir = join(repoRoot, 'test-results');

/**
 * The sites under test. `main`, the one almost every test uses, is built from the fixture
 * dataset (stable, fictional, small); `hostile` from records full of attack payloads; `real`
 * from the bundled `content/`, which grows and changes every week (the smoke test only).
 */
export type SiteName = 'main' | 'hostile' | 'real';

/**
 * The path the fixture sites (`main`, `hostile`) are built and served under, as GitHub Pages
 * serves a project site under `/<repo>/`: TEST_BASE_PATH, `/tracker/sub/` by default (`tracker/sub`
 * and `/tracker/sub/` are the same); `TEST_BASE_PATH=/` runs them at the root. The real site is
 * always built at the root, so the root deployment stays covered too.
 */
export function testBasePath(): string {
  const parts = (process.env.TEST_BASE_PATH ?? '/tracker/sub/').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** For each site, the folder (from the repository root) whose `content/` it is built from. */
export const siteProjects: Record<SiteName, string> = {
  main: 'tests/fixtures/site',
  hostile: 'tests/fixtures/hostile',
  real: '.',
};

/** Top-level entries of the repository that a fixture project does not need. */
const notCopied = new Set(['node_modules', 'content', 'dist', 'test-results', 'bench-results', 'tests', '.git', '.astro', '.github', '.ci']);

/** Runs `astro build` in `projectDir`, writing to `outDir`; the log goes to `logFile`. `env` adds settings (BASE_PATH). */
async function astroBuild(projectDir: string, outDir: string, cacheDir: string, logFile: string, env: Record<string, string> = {}): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const log = createWriteStream(logFile);
  const started = Date.now();
  // Vitest's workers carry Vite's BASE_URL=/ in process.env, and Astro would take it over the
  // config's `base` (BASE_PATH): the child must not inherit it.
  const { BASE_URL: _vitestBase, ...inherited } = process.env;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectDir,
      env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', resolve);
  });
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0 || !existsSync(join(outDir, 'index.html'))) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`astro build in ${projectDir} failed (exit ${code}); full log in ${logFile}:\n${tail}`);
  }
  console.log(`[browser tests] built ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rmSync(logFile); // kept only when the build fails
}

/**
 * Several people may run the browser tests in one working tree at once: each run builds into
 * folders of its own (named with its process id) so no run deletes a site another is serving.
 */
export const runTag = String(process.pid);

/**
 * Makes `built` the folder at `dir` for later runs (BROWSER_TESTS_PREBUILT=1 and people
 * looking at the output). Renames only, so a server that resolves paths under `dir` on each
 * request never sees a half-deleted site.
 */
export function publish(built: string, dir: string): void {
  const old = `${dir}.old-${runTag}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(built, dir);
  rmSync(old, { recursive: true, force: true });
}

/** Removes the build folders of earlier runs that were interrupted before they could publish. */
export function removeAbandonedBuilds(): void {
  if (!existsSync(resultsDir)) return;
  for (const entry of readdirSync(resultsDir)) {
    const m = /^(?:site|hostile-site|real-site)-(\d+)$|^(?:site|hostile-site|real-site)\.old-(\d+)$/.exec(entry);
    const pid = m && Number(m[1] ?? m[2]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running: its folder is in use
    } catch {
      rmSync(join(resultsDir, entry), { recursive: true, force: true });
    }
  }
}

/** Builds the real site, from the repository's own `content/` (only the smoke test uses it). */
export async function buildRealSite(outDir: string): Promise<void> {
  const cacheDir = join(resultsDir, 'cache', `real-${runTag}`);
  try {
    await astroBuild(repoRoot, outDir, cacheDir, join(resultsDir, `real-build-${runTag}.log`));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Builds a site whose records are `contentDir` instead of `content/`: the project is copied
 * to a temporary folder (node_modules linked, not copied) with the fixture as its content.
 * `env` adds build settings, e.g. `{ BASE_PATH: '/tracker/sub/' }`.
 */
export async function buildFixtureSite(contentDir: string, outDir: string, name: string, env: Record<string, string> = {}): Promise<void> {
  const project = mkdtempSync(join(tmpdir(), `sahel-${name}-`));
  try {
    for (const entry of readdirSync(repoRoot)) {
      if (notCopied.has(entry)) continue;
      cpSync(join(repoRoot, entry), join(project, entry), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    cpSync(contentDir, join(project, 'content'), { recursive: true });
    await astroBuild(project, outDir, join(project, '.astro-cache'), join(resultsDir, `${name}-build-${runTag}.log`), env);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
