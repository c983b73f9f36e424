import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

describe('the search index of a build', () => {
  it('indexes only the pages marked data-pagefind-body and writes the browser API beside them', async () => {
    const dir = site({
      'incidents/a': '<main data-pagefind-body><h1>Attack on Boulkessi</h1></main>',
      'countries/mli': '<main data-pagefind-body><h1>Mali</h1></main>',
      methodology: '<main><h1>How records are made</h1></main>',
    });
    const r = await buildSearchIndex(dir);
    expect(r.files).toBe(3);
    expect(r.pages).toBe(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 30_000);

  it('leaves out the ready-made search UIs the site does not use', async () => {
    const dir = site({ 'incidents/a': '<main data-pagefind-body><h1>Attack</h1></main>' });
    await buildSearchIndex(dir);
    expect(readdirSync(join(dir, 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  }, 30_000);

  it('fails when the build wrote no page to index, instead of deploying a search that finds nothing', async () => {
    const dir = site({});
    await expect(buildSearchIndex(dir)).rejects.toThrow(/indexed no page/);
  }, 30_000);

  it('fails for a folder that does not exist', async () => {
    await expect(buildSearchIndex(join(tmpdir(), 'no-such-site-folder-for-search'))).rejects.toThrow(/indexed no page/);
  }, 30_000);
});
