/**
 * Writes `<outDir>/sw.js`, the service worker, once the site is built: the worker's code
 * (`client/service-worker.ts`, bundled here because the worker needs a fixed address at the
 * site's root, which Vite's hashed assets cannot have) behind the build's id and the list of
 * files to precache. The id changes with any precached file and with the record's version, so a
 * new build's worker replaces the old one and its cache; unchanged files are copied, not downloaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PrecacheEntry, WorkerBuild } from '../domain/offline.ts';
import { datasetVersion } from './dataset-version.ts';

const workerSource = fileURLToPath(new URL('../client/service-worker.ts', import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * What a reader's browser stores when the worker installs: the bundler's assets (the map's code,
 * MapLibre, the styles; their names carry their hash), the map data (basemap, points, areas,
 * poster), the offline page of each language, the icon and the manifest (with a hash of their content).
 */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  const path = (file: string) => relative(outDir, file).split('\\').join('/');
  const assets = filesUnder(join(outDir, '_astro'))
    .filter((f) => !f.endsWith('.map'))
    .map((f) => ({ path: path(f) }));
  const pages = ['offline/', 'fr/offline/'].filter((p) => existsSync(join(outDir, p, 'index.html')));
  const files = [...filesUnder(join(outDir, 'map')).map(path), 'favicon.svg', 'manifest.webmanifest'].filter((p) => existsSync(join(outDir, p)));
  const revised = [...pages.map((p) => ({ path: p, file: join(outDir, p, 'index.html') })), ...files.map((p) => ({ path: p, file: join(outDir, p) }))];
  return [...assets, ...revised.map(({ path: p, file }) => ({ path: p, revision: hashOf(readFileSync(file)) }))].sort((a, b) => a.path.localeCompare(b.path));
}

/** The build's id: a hash of what is precached and of the record's version. */
export function buildId(entries: PrecacheEntry[], version = datasetVersion()?.commit ?? ''): string {
  return hashOf(JSON.stringify({ version, entries }));
}

export interface WrittenWorker {
  id: string;
  entries: number;
  /** Bytes the worker precaches. */
  bytes: number;
}

export async function writeServiceWorker(outDir: string): Promise<WrittenWorker> {
  const entries = precacheEntries(outDir);
  const config: WorkerBuild = { id: buildId(entries), precache: entries };
  const bundled = await build({ entryPoints: [workerSource], bundle: true, format: 'iife', target: 'es2020', minify: true, write: false, legalComments: 'none' });
  const code = `self.SW_BUILD=${JSON.stringify(config)};\n${bundled.outputFiles[0].text}`;
  writeFileSync(join(outDir, 'sw.js'), code);
  const bytes = entries.reduce((n, e) => n + readFileSync(join(outDir, e.path.endsWith('/') ? `${e.path}index.html` : e.path)).length, 0);
  return { id: config.id, entries: entries.length, bytes };
}
