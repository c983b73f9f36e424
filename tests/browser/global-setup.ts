/**
 * Runs once before the browser tests: checks Chromium, builds the real site and the
 * hostile-records fixture site, and serves both on free local ports. Tests reach them
 * through `inject('mainUrl')` / `inject('hostileUrl')` (see harness.ts).
 *
 * BROWSER_TESTS_PREBUILT=1 reuses the builds already in test-results/ (for quick reruns
 * while working on a test; a missing build is still made).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureSite, buildMainSite, publish, removeAbandonedBuilds, repoRoot, resultsDir, runTag } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mainUrl: string;
    hostileUrl: string;
    mainDir: string;
    hostileDir: string;
    /** Why the hostile fixture site failed to build, or '' when it built. */
    hostileBuildError: string;
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

export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath} and it is missing. Install it with:\n\n    apt-get install -y chromium\n\n(as root on Debian), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  removeAbandonedBuilds();
  const reuse = process.env.BROWSER_TESTS_PREBUILT === '1';
  const shared = { main: join(resultsDir, 'site'), hostile: join(resultsDir, 'hostile-site') };
  // This run's own builds, published to the shared folders when it ends (see build-site.ts).
  const own = { main: `${shared.main}-${runTag}`, hostile: `${shared.hostile}-${runTag}` };
  const built: (keyof typeof own)[] = [];
  let mainDir = shared.main;
  let hostileDir = shared.hostile;
  if (!reuse || !existsSync(join(mainDir, 'index.html'))) {
    try {
      await buildMainSite(own.main);
    } catch (e) {
      rmSync(own.main, { recursive: true, force: true });
      throw e;
    }
    mainDir = own.main;
    built.push('main');
  }
  // A fixture that fails to build fails the hostile tests (with the reason), not the others.
  let hostileBuildError = '';
  if (!reuse || !existsSync(join(hostileDir, 'index.html'))) {
    try {
      await buildFixtureSite(join(repoRoot, 'tests/fixtures/hostile/content'), own.hostile, 'hostile');
      hostileDir = own.hostile;
      built.push('hostile');
    } catch (e) {
      rmSync(own.hostile, { recursive: true, force: true });
      hostileBuildError = (e as Error).message;
      console.error(`[browser tests] the hostile fixture site did not build:\n${hostileBuildError}`);
    }
  }

  const csp = layoutCsp();
  const servers: StaticServer[] = [await serveStatic(mainDir, csp), await serveStatic(hostileDir, csp)];
  project.provide('mainUrl', servers[0].url);
  project.provide('hostileUrl', servers[1].url);
  project.provide('mainDir', mainDir);
  project.provide('hostileDir', hostileDir);
  project.provide('hostileBuildError', hostileBuildError);
  project.provide('csp', csp);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const name of built) publish(own[name], shared[name]);
  };
}
