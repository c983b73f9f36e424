/**
 * Reading offline: which requests the service worker stores and how, which caches a new build
 * deletes, what it downloads again, and the worker file the build writes (`build/service-worker.ts`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildId, precacheEntries, writeServiceWorker } from '../../src/build/service-worker.ts';
import { offlinePage, PAGES_KEPT, pagesCache, precacheName, staleCaches, strategyFor, toDownload, toEvict } from '../../src/domain/offline.ts';

describe('what the worker stores', () => {
  it('serves hashed assets and Pagefind chunks from the cache, pages and their data from the network first', () => {
    expect(strategyFor('_astro/map-view.B5MDJE9I.js')).toBe('cache-first');
    expect(strategyFor('pagefind/fragment/en_3b1c.pf_fragment')).toBe('cache-first');
    expect(strategyFor('pagefind/index/en_a1.pf_index')).toBe('cache-first');
    expect(strategyFor('pagefind/pagefind.en_0f9e2.pf_meta')).toBe('cache-first');
    // Pagefind's entry file and script keep their names from build to build: fresh when online.
    expect(strategyFor('pagefind/pagefind-entry.json')).toBe('network-first');
    expect(strategyFor('pagefind/pagefind.js')).toBe('network-first');
    for (const page of ['', 'incidents/x/', 'fr/incidents/x/', 'data/', 'fr/data/', 'search/', 'map/points.json', 'incidents/index.json']) {
      expect(strategyFor(page), page).toBe('network-first');
    }
  });

  it('leaves downloads, feeds and schemas to the browser', () => {
    for (const file of ['data/incidents.csv', 'data/countries/mli.geojson', 'data/actors/jnim.json', 'schemas/incident.json', 'feed.xml', 'countries/mli/feed.xml']) {
      expect(strategyFor(file), file).toBe('network');
    }
  });

  it('answers a page never opened with the offline page of its language', () => {
    expect(offlinePage('methodology/')).toBe('offline/');
    expect(offlinePage('fr/methodologie/')).toBe('fr/offline/');
    expect(offlinePage('')).toBe('offline/');
  });
});

describe('the pages cache on a phone', () => {
  it('drops the least recently stored entries beyond its limit, and nothing below it', () => {
    const keys = Array.from({ length: PAGES_KEPT + 3 }, (_, i) => `page-${i}`);
    expect(toEvict(keys)).toEqual(['page-0', 'page-1', 'page-2']);
    expect(toEvict(keys.slice(0, PAGES_KEPT))).toEqual([]);
    expect(toEvict([])).toEqual([]);
    expect(toEvict(['a', 'b', 'c'], 1)).toEqual(['a', 'b']);
  });
});

describe('a new build', () => {
  it('deletes the precaches of every other build, and keeps the pages read and other sites’ caches', () => {
    const names = [precacheName('old1'), precacheName('new'), pagesCache, precacheName('old2'), 'another-app-v3'];
    expect(staleCaches(names, 'new')).toEqual([precacheName('old1'), precacheName('old2')]);
    expect(staleCaches([precacheName('new'), pagesCache], 'new')).toEqual([]);
  });

  it('downloads only new files and those whose revision changed', () => {
    const held = new Map<string, string | undefined>([
      ['_astro/a.1.js', undefined],
      ['map/points.json', 'aaa'],
      ['map/basemap.json', 'bbb'],
    ]);
    const entries = [{ path: '_astro/a.1.js' }, { path: '_astro/b.2.js' }, { path: 'map/points.json', revision: 'ccc' }, { path: 'map/basemap.json', revision: 'bbb' }];
    expect(toDownload(entries, held).map((e) => e.path)).toEqual(['_astro/b.2.js', 'map/points.json']);
  });
});

describe('the worker file the build writes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function site(points: string): string {
    dir = mkdtempSync(join(tmpdir(), 'sw-site-'));
    for (const d of ['_astro', 'map', 'offline', 'incidents/x']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, '_astro/map-view.B5MDJE9I.js'), 'export{}');
    writeFileSync(join(dir, '_astro/map-view.B5MDJE9I.js.map'), '{}');
    writeFileSync(join(dir, 'map/points.json'), points);
    writeFileSync(join(dir, 'offline/index.html'), '<h1>offline</h1>');
    writeFileSync(join(dir, 'incidents/x/index.html'), '<h1>x</h1>');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    return dir;
  }

  it('precaches the assets, the map data, the offline page and the icon, not the pages or source maps', () => {
    const entries = precacheEntries(site('{"v":1}'));
    expect(entries.map((e) => e.path)).toEqual(['_astro/map-view.B5MDJE9I.js', 'favicon.svg', 'map/points.json', 'offline/']);
    expect(entries[0].revision).toBeUndefined(); // its name carries its hash
    expect(entries.slice(1).every((e) => /^[0-9a-f]{16}$/.test(e.revision ?? ''))).toBe(true);
  });

  it('gets a new id when a precached file changes, and the same id when nothing does', () => {
    const before = buildId(precacheEntries(site('{"v":1}')), 'commit1');
    rmSync(dir, { recursive: true });
    expect(buildId(precacheEntries(site('{"v":1}')), 'commit1')).toBe(before);
    expect(buildId(precacheEntries(dir), 'commit2')).not.toBe(before);
    rmSync(dir, { recursive: true });
    expect(buildId(precacheEntries(site('{"v":2}')), 'commit1')).not.toBe(before);
  });

  it('writes sw.js: the build and its precache list, then the worker', async () => {
    const written = await writeServiceWorker(site('{"v":1}'));
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    const build = JSON.parse(/^self\.SW_BUILD=(.*);$/m.exec(code)?.[1] ?? 'null') as { id: string; precache: { path: string }[] };
    expect(build.id).toBe(written.id);
    expect(build.precache).toHaveLength(written.entries);
    expect(code).toContain('addEventListener("fetch"');
    expect(code).not.toMatch(/^\s*(import|export)\s/m); // a classic worker script, bundled
  });
});
