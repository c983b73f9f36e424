/**
 * The layout by where code runs, enforced. Layers, lowest first:
 *   domain/, translations/  pure and browser-safe (no node:, no zod, no Astro)
 *   schemas/                zod record schemas
 *   records/                read, validate and index records (Node)
 *   build/                  Node-only build code: exports, map data, search fields, git history
 *   components/, layouts/, pages/, integrations/, content.config.ts   Astro, may use all of the above
 * A module's runtime imports may only point to its own layer or below. Type-only imports
 * vanish at build time; they may also reach `schemas/`, which defines the record types.
 * Browser code (client/, and every <script> in an .astro file) may import only client/,
 * domain/, translations/ and a few browser packages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

const rank: Record<string, number> = { domain: 0, translations: 0, schemas: 1, records: 2, build: 3, components: 4, layouts: 4, pages: 4, integrations: 4, 'content.config.ts': 4, styles: 4 };
const browserLayers = new Set(['client', 'domain', 'translations']);
/** npm packages browser code may load (maplibre-gl's worker and CSS come as `?url` assets). */
const browserPackages = [/^maplibre-gl(\/dist\/[\w.-]+\?url)?$/, /^pmtiles$/, /^kdbush$/, /^geokdbush$/, /^geojson$/];

interface Import { spec: string; typeOnly: boolean; line: number }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|astro)$/.test(n) ? [p] : [];
  });
}

function importsIn(code: string, lineOffset = 0): Import[] {
  const out: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(re)) {
    const spec = m[3] ?? m[4];
    if (m[1] === 'export' && !/\sfrom\s/.test(m[0])) continue;
    out.push({ spec, typeOnly: Boolean(m[2]), line: lineOffset + code.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** The layer of a path under src/: its first folder (or file name at the top). */
const layerOf = (file: string) => relative(src, file).split('/')[0];

/** Server-side and browser-side imports of a file; an .astro file's <script> blocks run in the browser. */
function split(file: string): { server: Import[]; browser: Import[] } {
  const code = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return layerOf(file) === 'client' ? { server: [], browser: importsIn(code) } : { server: importsIn(code), browser: [] };
  const fm = /^---\n([\s\S]*?)\n---/.exec(code);
  const browser: Import[] = [];
  for (const m of code.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)) browser.push(...importsIn(m[1], code.slice(0, m.index).split('\n').length - 1));
  return { server: fm ? importsIn(fm[1], 1) : [], browser };
}

const violations: string[] = [];
const seen = { files: 0, imports: 0 };
for (const file of files(src)) {
  seen.files++;
  const from = layerOf(file);
  const { server, browser } = split(file);
  const where = (i: Import) => `${relative(root, file)}:${i.line} imports ${i.spec}`;
  for (const i of server) {
    seen.imports++;
    if (!i.spec.startsWith('.')) {
      if (rank[from] === 0 && !i.typeOnly && (/^node:/.test(i.spec) || /^(astro|zod)\b/.test(i.spec))) violations.push(`${where(i)}: domain code must stay pure and browser-safe`);
      continue;
    }
    const to = layerOf(resolve(dirname(file), i.spec.replace(/\?.*$/, '')));
    if (to === 'client') continue; // Astro components hand browser code to the bundler; checked below.
    if (i.typeOnly && to === 'schemas') continue;
    if (rank[to] === undefined || rank[from] === undefined) violations.push(`${where(i)}: unknown layer ${to}`);
    else if (rank[to] > rank[from]) violations.push(`${where(i)}: ${from}/ may not import from ${to}/, a layer above it`);
  }
  for (const i of browser) {
    seen.imports++;
    if (i.typeOnly) continue;
    if (i.spec.startsWith('.')) {
      const to = layerOf(resolve(dirname(file), i.spec.replace(/\?.*$/, '')));
      if (!browserLayers.has(to)) violations.push(`${where(i)}: browser code may import only client/, domain/ and translations/, not ${to}/`);
    } else if (!browserPackages.some((p) => p.test(i.spec))) {
      violations.push(`${where(i)}: browser code may not import the package ${i.spec}`);
    }
  }
}

describe('architecture', () => {
  test('the scan reads the source tree', () => {
    expect(seen.files).toBeGreaterThan(80);
    expect(seen.imports).toBeGreaterThan(300);
  });

  test('no module imports from a layer above it, and browser code imports only what may reach the browser', () => {
    expect(violations).toEqual([]);
  });

  test('the rules catch a browser script that imports build code and a domain module that reads the disk', () => {
    expect(importsIn("import { x } from '../../build/site.ts';\nimport type { T } from './t.ts';")).toEqual([
      { spec: '../../build/site.ts', typeOnly: false, line: 1 },
      { spec: './t.ts', typeOnly: true, line: 2 },
    ]);
    expect(importsIn("const m = await import('../records/validate.ts');")[0].spec).toBe('../records/validate.ts');
  });
});
