/**
 * What a reader downloads for one built page, gzip-compressed (what a static host sends):
 * - before the map: the HTML, its stylesheets and every script it loads, following static
 *   `import` statements between chunks;
 * - after the map: plus what those scripts load lazily (dynamic `import()` chunks such as
 *   MapLibre, the CSS Vite loads with them, the worker) and the map data under `/map/`.
 * Files are found by reading the built HTML and JavaScript, not by guessing names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface Weight {
  /** gzip bytes of the HTML alone. */
  html: number;
  /** gzip bytes of HTML + CSS + JS loaded before any map. */
  before: number;
  /** gzip bytes once the map has loaded (lazy JS/CSS, worker, map data). */
  after: number;
  beforeFiles: string[];
  lazyFiles: string[];
}

const gzCache = new Map<string, number>();
export function gzipBytes(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file)).length;
    gzCache.set(file, n);
  }
  return n;
}

/** Site path (`/_astro/x.js`) of a reference made from the page or file at `from`. */
function resolveRef(from: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const clean = ref.split(/[?#]/)[0];
  if (clean.startsWith('/')) return posix.normalize(clean);
  if (clean.startsWith('./') || clean.startsWith('../')) return posix.normalize(posix.join(posix.dirname(from), clean));
  // Vite's preload lists write assets relative to the site root without a leading slash.
  if (clean.startsWith('_astro/')) return `/${clean}`;
  return undefined;
}

const staticImport = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+\.m?js)["']/g;
const dynamicImport = /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g;
/** Any other string naming a built asset or map data: Vite preload lists, `?url` imports (the worker), fetch() of map data. */
const assetString = /["'`]((?:\.{1,2}\/|\/)?(?:_astro\/[^"'`\s]+\.(?:m?js|css)|map\/[^"'`\s]+))["'`]/g;

function refsOf(file: string, text: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const p = resolveRef(file, m[1]);
    if (p) out.push(p);
  }
  return out;
}

/** Measures the page at `pagePath` (e.g. `/incidents/x/`) of the site built in `dist`. */
export function pageWeight(dist: string, pagePath: string): Weight {
  const htmlFile = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const exists = (p: string) => existsSync(join(dist, p)) && statSync(join(dist, p)).isFile();

  const eager = new Set<string>();
  const lazy = new Set<string>();
  const queue: string[] = [];
  const addEager = (p: string) => {
    if (!eager.has(p) && exists(p)) {
      eager.add(p);
      queue.push(p);
    }
  };
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!href || !rel || !['stylesheet', 'modulepreload'].includes(rel)) continue;
    const p = resolveRef(pagePath, href);
    if (p) addEager(p);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const p = src && resolveRef(pagePath, src);
    if (p) addEager(p);
  }
  const lazyQueue: string[] = [];
  const addLazy = (p: string) => {
    if (!eager.has(p) && !lazy.has(p) && exists(p)) {
      lazy.add(p);
      lazyQueue.push(p);
    }
  };
  // The words of the page's language (`translations/index.ts` imports them, by language, before
  // any script runs): a chunk named after the language, loaded with the page.
  const lang = /<html\b[^>]*\blang="([a-z]{2,3})"/i.exec(html)?.[1];
  const astroDir = join(dist, '_astro');
  if (lang && existsSync(astroDir)) for (const f of readdirSync(astroDir)) if (new RegExp(`^${lang}\\.[\\w-]+\\.js$`).test(f)) addEager(`/_astro/${f}`);
  // Data attributes of the page may name map data (e.g. data-points="/map/points.json").
  for (const p of refsOf(pagePath, html, assetString)) if (p.startsWith('/map/')) addLazy(p);

  while (queue.length) {
    const p = queue.shift()!;
    if (!/\.m?js$/.test(p)) continue;
    const text = readFileSync(join(dist, p), 'utf8');
    refsOf(p, text, staticImport).forEach(addEager);
  }
  for (const p of eager) {
    if (!/\.m?js$/.test(p)) continue;
    const text = readFileSync(join(dist, p), 'utf8');
    [...refsOf(p, text, dynamicImport), ...refsOf(p, text, assetString)].forEach(addLazy);
  }
  while (lazyQueue.length) {
    const p = lazyQueue.shift()!;
    if (!/\.m?js$/.test(p)) continue;
    const text = readFileSync(join(dist, p), 'utf8');
    [...refsOf(p, text, staticImport), ...refsOf(p, text, dynamicImport), ...refsOf(p, text, assetString)].forEach(addLazy);
  }

  const sum = (files: Iterable<string>) => [...files].reduce((s, p) => s + gzipBytes(join(dist, p)), 0);
  const htmlBytes = gzipBytes(htmlFile);
  const before = htmlBytes + sum(eager);
  return { html: htmlBytes, before, after: before + sum(lazy), beforeFiles: [...eager], lazyFiles: [...lazy] };
}

/** Total size in bytes of the files under `dir`, and their count. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    bytes += statSync(join(name.parentPath, name.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Number of HTML pages under `dir`. */
export function countHtml(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) if (name.isFile() && name.name.endsWith('.html')) n++;
  return n;
}

/** The `n` largest HTML pages under `dist` by raw bytes (the budget: no page over 300 KB at 100,000 incidents), as site paths. */
export function largestHtml(dist: string, n = 5): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const name of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!name.isFile() || !name.name.endsWith('.html')) continue;
    const file = join(name.parentPath, name.name);
    out.push({ path: file.slice(dist.length).replace(/index\.html$/, ''), bytes: statSync(file).size });
  }
  return out.sort((a, b) => b.bytes - a.bytes).slice(0, n);
}

/** Raw bytes of one built page's HTML, or null when the site has no such page. */
export function htmlBytes(dist: string, pagePath: string): number | null {
  const file = join(dist, pagePath, 'index.html');
  return existsSync(file) ? statSync(file).size : null;
}
