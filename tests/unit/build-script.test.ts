/**
 * `npm run build` (scripts/build.ts) on the fixture site, with search batches small enough that
 * the site is split into several bundles and some are indexed while Astro still renders: the
 * search must still hold every page, each in exactly one bundle that the search page loads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run build, search bundles indexed while Astro renders', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'build-script-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('indexes some bundles early, keeps them, and the index holds every page once', () => {
    for (const p of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(repoRoot, p), join(tmp, p), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    cpSync(join(repoRoot, 'tests/fixtures/site/content'), join(tmp, 'content'), { recursive: true });
    const dist = join(tmp, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: dist, ASTRO_CACHE_DIR: join(tmp, 'cache'), NO_COLOR: '1', SEARCH_BATCH_FILES: '40' },
      timeout: 240_000,
    });
    const output = r.stdout + r.stderr;
    expect(r.status, output.slice(-3000)).toBe(0);

    const summary = /\((\d+) of (\d+) bundles indexed while Astro rendered\)/.exec(output);
    expect(summary, output.slice(-3000)).not.toBeNull();
    const [kept, total] = [Number(summary![1]), Number(summary![2])];
    // The French bundles at least are written before the English incident pages begin.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(total);
    expect(output).not.toMatch(/indexing it again/);

    // Every bundle the search page loads exists, and nothing else is left beside them.
    const list = JSON.parse(readFileSync(join(dist, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    const listed = [...list.en, ...list.fr].map((b) => b.replace(/\/$/, ''));
    expect(listed.length).toBe(total);
    const folders = readdirSync(dist).filter((f) => f.startsWith('pagefind-'));
    expect(folders.sort()).toEqual(listed.filter((b) => b !== 'pagefind').sort());

    // Pages in the index, per language, against the pages marked for search in the built site.
    const marked: Record<string, number> = { en: 0, fr: 0 };
    for (const f of readdirSync(dist, { recursive: true }) as string[]) {
      if (!f.endsWith('.html') || f.startsWith('pagefind')) continue;
      const html = readFileSync(join(dist, f), 'utf8');
      if (html.includes('data-pagefind-body')) marked[f.startsWith('fr/') ? 'fr' : 'en']++;
    }
    const indexed: Record<string, number> = { en: 0, fr: 0 };
    for (const [lang, bundles] of Object.entries(list)) {
      for (const b of bundles) {
        const entry = join(dist, b, 'pagefind-entry.json');
        expect(existsSync(entry), b).toBe(true);
        const langs = (JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;
        indexed[lang] += langs[lang]?.page_count ?? 0;
      }
    }
    expect(marked.en).toBeGreaterThan(40);
    expect(indexed).toEqual(marked);
  }, 300_000);
});
