/**
 * Runs once before the browser tests: checks Chromium, builds the three sites (the fixture
 * dataset most tests use, the hostile-records fixture and the real site for the smoke test),
 * and serves them on free local ports. The two fixture sites are built and served under a base
 * path (TEST_BASE_PATH, default `/tracker/sub/`: see `testBasePath`), the real site at the root.
 * Tests reach them through `openPage(path)`, `pageUrl(path)` and `siteUrl(site)` (harness.ts)
 * and the built folders through `inject('mainDir')`, `inject('realDir')`...
 *
 * BROWSER_TESTS_PREBUILT=1 reuses the builds already in test-results/ (for quick reruns
 * while working on a test; a missing build is still made).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureSite, buildRealSite, publish, removeAbandonedBuilds, repoRoot, resultsDir, runTag, siteProjects, testBasePath, type SiteName } from './build-site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origins of the servers (`http://127.0.0.1:41234`); each site lives under its base path there. */
    mainUrl: string;
    hostileUrl: string;
    realUrl: string;
    /** The path each site is built and served under (`/tracker/sub/`, or `/`). */
    basePaths: Record<SiteName, string>;
    mainDir: string;
    hostileDir: string;
    realDir: string;
    /** Why the hostile fixture site failed to build, or '' when it built. */
    hostileBuildError: string;
    /** Why the real site (bundled content/) failed to build, or '' when it built. */
    realBuildError: string;
    csp: string;
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The policy of BaseLayout's meta tag: the server sends the very same one as a header. */
function layoutCsp(): string {
  const layout = readFileSync(join(repoRoot, 'src/layouts/BaseLayout.astro'), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(layout);
  if (!m) throw new Error('No Content-Security-Policy meta tag found in src/layouts/BaseLayout.astro');
  return m[1];
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Published folders in test-results/, shared between runs (see build-site.ts). */
const shared: Record<SiteName, string> = {
  main: join(resultsDir, 'site'),
  hostile: join(resultsDir, 'hostile-site'),
  real: join(resultsDir, 'real-site'),
};

/** Where each site lives: the fixture sites under the test base path, the real site at the root. */
const basePaths: Record<SiteName, string> = { main: testBasePath(), hostile: testBasePath(), real: '/' };

function build(site: SiteName, outDir: string): Promise<void> {
  return site === 'real'
    ? buildRealSite(outDir)
    : buildFixtureSite(join(repoRoot, siteProjects[site], 'content'), outDir, site, { BASE_PATH: basePaths[site] });
}

/** The base path a published build in test-results/ was made with, so BROWSER_TESTS_PREBUILT=1 reuses only a matching one. */
const baseNote = (dir: string) => join(dir, '.test-base-path');

export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath} and it is missing. Install it with:\n\n    apt-get install -y chromium\n\n(as root on Debian), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  removeAbandonedBuilds();
  const reuse = process.env.BROWSER_TESTS_PREBUILT === '1';
  const sites: SiteName[] = ['main', 'hostile', 'real'];
  // This run's own builds, published to the shared folders when it ends.
  const own = Object.fromEntries(sites.map((s) => [s, `${shared[s]}-${runTag}`])) as Record<SiteName, string>;
  const dirs = { ...shared };
  const built: SiteName[] = [];
  const errors: Record<SiteName, string> = { main: '', hostile: '', real: '' };
  // The three builds run side by side (each is one process, mostly on one core).
  await Promise.all(
    sites.map(async (site) => {
      if (reuse && existsSync(join(shared[site], 'index.html')) && readIfExists(baseNote(shared[site])) === basePaths[site]) return;
      try {
        await build(site, own[site]);
        writeFileSync(baseNote(own[site]), basePaths[site]);
        dirs[site] = own[site];
        built.push(site);
      } catch (e) {
        rmSync(own[site], { recursive: true, force: true });
        errors[site] = (e as Error).message;
      }
    }),
  );
  // The fixture site is what almost every test opens: without it there is nothing to test.
  if (errors.main) {
    for (const site of built) rmSync(own[site], { recursive: true, force: true });
    throw new Error(`the fixture site (tests/fixtures/site/content) did not build:\n${errors.main}`);
  }
  // A hostile or real site that fails to build fails its own tests (with the reason), not the others.
  if (errors.hostile) console.error(`[browser tests] the hostile fixture site did not build:\n${errors.hostile}`);
  if (errors.real) console.error(`[browser tests] the real site (content/) did not build:\n${errors.real}`);

  const csp = layoutCsp();
  // Each server answers only under its site's base path (anything else is a 404), as a static host would.
  const servers = await Promise.all(sites.map((site) => serveStatic(dirs[site], csp, basePaths[site])));
  const [main, hostile, real] = servers;
  project.provide('mainUrl', main.url);
  project.provide('hostileUrl', hostile.url);
  project.provide('realUrl', real.url);
  project.provide('basePaths', basePaths);
  project.provide('mainDir', dirs.main);
  project.provide('hostileDir', dirs.hostile);
  project.provide('realDir', dirs.real);
  project.provide('hostileBuildError', errors.hostile);
  project.provide('realBuildError', errors.real);
  project.provide('csp', csp);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const site of built) publish(own[site], shared[site]);
  };
}
