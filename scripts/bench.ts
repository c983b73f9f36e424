/**
 * `npm run bench`: the scale benchmark (issue 7). For each size it generates synthetic
 * incidents into a temporary copy of the project, validates and builds it (cold cache), then
 * builds the floor (a bare Astro site with one plain page per record, same records) and
 * prints what it measured. Results also go to bench-results/<date>.json and .md.
 *
 * Usage: node scripts/bench.ts [--sizes 1000,10000,30000] [--seed N] [--no-floor] [--keep] [--workdir DIR]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { DEFAULT_SEED, generateRecords, writeFiles } from './bench/generate.ts';
import { countHtml, dirSize, htmlBytes, largestHtml, pageWeight, type Weight } from './bench/page-weight.ts';
import { runMeasured, type Measured } from './bench/run-measured.ts';
import { basemapWeights, measureMapSpeed, type BasemapWeight, type MapSpeed } from './bench/map-speed.ts';
import { isBundleFolder } from '../src/build/search-batches.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
/** Top-level entries of the project that a build does not need. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'tests', 'test-results', 'bench-results']);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const sizes = (arg('--sizes') ?? '1000,10000,30000').split(',').map(Number).filter((n) => n > 0);
const seed = Number(arg('--seed') ?? DEFAULT_SEED);
const withFloor = !process.argv.includes('--no-floor');
const keep = process.argv.includes('--keep');
const workRoot = arg('--workdir') ?? mkdtempSync(join(tmpdir(), 'bench-'));

export interface SizeResult {
  synthetic: number;
  incidents: number;
  validateMs: number;
  validateCpuMs: number | null;
  validateInternalMs: number | null;
  buildMs: number;
  buildCpuMs: number | null;
  buildPeakRss: number;
  buildMaxSingleRss: number | null;
  buildPeakByName: Record<string, number>;
  pagefindMs: number | null;
  /** "k of n": search bundles `npm run build` indexed while Astro still rendered (scripts/build.ts). */
  earlyBundles: string | null;
  pages: number;
  outputBytes: number;
  indexBytes: number;
  home: Weight | null;
  incident: { median: Weight; max: Weight; sampled: number } | null;
  country: Weight | null;
  pointsFile: string | null;
  pointsBytesPerIncident: number | null;
  /** The heaviest HTML pages, raw bytes. */
  largestHtml: { path: string; bytes: number }[];
  /** Raw HTML bytes of the list pages: the index's first and second page, the newest year's page. */
  lists: Record<string, number | null>;
  /** gzip bytes per incident of /incidents/index.json (titles for the index filter), if the site has it. */
  indexDataBytesPerIncident: number | null;
  floor: { buildMs: number; cpuMs: number | null; peakRss: number; peakByName: Record<string, number>; pagefindMs: number | null; pages: number } | null;
  loadBefore: number;
  loadAfter: number;
  /** The basemap's zoom bands, raw and gzip bytes. */
  basemap: BasemapWeight[];
  /** The home map in headless Chromium: measured at the largest size only. */
  mapSpeed: MapSpeed | null;
}

const buildEnv = (dir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ASTRO_OUT_DIR: join(dir, 'dist'),
  ASTRO_CACHE_DIR: join(dir, '.cache'),
  NO_COLOR: '1',
  FORCE_COLOR: '0',
});

function pagefindSeconds(output: string): number | null {
  // scripts/build.ts ends with "[build] Astro 620.2 s, then the search index 93.1 s": the time from
  // Astro's end to the build's, waiting for bundles indexed early included. Else the line
  // src/integrations/pagefind.ts logs (and the floor's copy of it): "search index: ... in 12.34 s".
  const m = /then the search index ([\d.]+) s/.exec(output) ?? /search index: [^\n]*? in ([\d.]+) s/.exec(output);
  return m ? Number(m[1]) * 1000 : null;
}

function fail(what: string, run: Measured): never {
  console.error(run.output.split('\n').slice(-40).join('\n'));
  throw new Error(`${what} failed with exit code ${run.code}`);
}

function log(msg: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

async function benchSize(n: number): Promise<SizeResult> {
  const dir = join(workRoot, `n${n}`);
  rmSync(dir, { recursive: true, force: true });
  const real = join(dir, 'real');
  mkdirSync(real, { recursive: true });
  for (const name of readdirSync(repo)) if (!notCopied.has(name)) cpSync(join(repo, name), join(real, name), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(real, 'node_modules'), 'dir');
  cpSync(join(repo, 'content'), join(real, 'content'), { recursive: true });
  const started = performance.now();
  const generated = generateRecords(join(real, 'content'), n, seed);
  writeFiles(join(real, 'content'), [...generated.incidents, ...generated.sources]);
  const incidents = readdirSync(join(real, 'content/incidents'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  log(`${n}: generated ${generated.incidents.length} incidents and ${generated.sources.length} sources in ${Math.round(performance.now() - started)} ms (${incidents} incidents with the bundled ones)`);

  const validation = await runMeasured(process.execPath, ['scripts/validate.ts'], { cwd: real });
  if (validation.code !== 0) fail('validation', validation);
  const internal = /\((\d+) ms\)/.exec(validation.output);
  log(`${n}: validated in ${(validation.ms / 1000).toFixed(2)} s`);

  const loadBefore = loadavg()[0];
  // Exactly what a deployer runs: `npm run build` (astro build, and the search index in processes
  // of its own, partly while Astro renders), with node_modules/.bin (Node 22) first on PATH as npm puts it.
  const build = await runMeasured('npm', ['run', '--silent', 'build'], { cwd: real, env: buildEnv(real) });
  const loadAfter = loadavg()[0];
  if (build.code !== 0) fail('build', build);
  writeFileSync(join(dir, 'build.log'), build.output);
  log(`${n}: built in ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peakRss / 2 ** 30).toFixed(2)} GiB`);

  const dist = join(real, 'dist');
  const weigh = (path: string) => (existsSync(join(dist, path, 'index.html')) ? pageWeight(dist, path) : null);
  // A spread of synthetic incident pages: the median is the typical page, the max the heaviest seen.
  const sample = generated.incidents.filter((_, i) => i % Math.max(1, Math.floor(generated.incidents.length / 25)) === 0).slice(0, 25);
  const weights = sample.map((f) => weigh(`/incidents/${f.path.split('/').pop()!.replace(/\.md$/, '')}/`)).filter((w): w is Weight => !!w).sort((a, b) => a.before - b.before);
  const pointsFile = findPoints(dist);
  const result: SizeResult = {
    synthetic: n,
    incidents,
    validateMs: validation.ms,
    validateCpuMs: validation.cpuMs,
    validateInternalMs: internal ? Number(internal[1]) : null,
    buildMs: build.ms,
    buildCpuMs: build.cpuMs,
    buildPeakRss: build.peakRss,
    buildMaxSingleRss: build.maxSingleRss,
    buildPeakByName: build.peakByName,
    pagefindMs: pagefindSeconds(build.output),
    earlyBundles: /\((\d+ of \d+) bundles indexed while Astro rendered\)/.exec(build.output)?.[1] ?? null,
    pages: countHtml(dist),
    outputBytes: dirSize(dist).bytes,
    // Every bundle: a large site's index is in several (`dist/pagefind-<lang>-<period>/`, src/build/search-batches.ts).
    indexBytes: readdirSync(dist).filter(isBundleFolder).reduce((n, d) => n + dirSize(join(dist, d)).bytes, 0),
    home: weigh('/'),
    incident: weights.length ? { median: weights[Math.floor(weights.length / 2)], max: weights[weights.length - 1], sampled: weights.length } : null,
    country: weigh('/countries/mli/'),
    pointsFile: pointsFile ? pointsFile.slice(dist.length) : null,
    pointsBytesPerIncident: pointsFile ? gzipSync(readFileSync(pointsFile)).length / incidents : null,
    largestHtml: largestHtml(dist),
    lists: Object.fromEntries(listPages(dist).map((p) => [p, htmlBytes(dist, p)])),
    indexDataBytesPerIncident: existsSync(join(dist, 'incidents/index.json')) ? gzipSync(readFileSync(join(dist, 'incidents/index.json'))).length / incidents : null,
    floor: null,
    loadBefore,
    loadAfter,
    basemap: basemapWeights(dist),
    mapSpeed: null,
  };
  if (n === Math.max(...sizes)) {
    result.mapSpeed = await measureMapSpeed(dist, repo);
    log(`${n}: map drawn in ${(result.mapSpeed.firstDrawMs / 1000).toFixed(2)} s, panning frames median ${result.mapSpeed.panFrames.median.toFixed(1)} ms`);
  }
  if (!keep) rmSync(dist, { recursive: true, force: true });

  if (withFloor) {
    const floor = join(dir, 'floor');
    cpSync(join(repo, 'scripts/bench/floor'), floor, { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(floor, 'node_modules'), 'dir');
    cpSync(join(real, 'content/incidents'), join(floor, 'content/incidents'), { recursive: true });
    const fb = await runMeasured(process.execPath, [astroBin, 'build'], { cwd: floor, env: buildEnv(floor) });
    if (fb.code !== 0) fail('floor build', fb);
    result.floor = { buildMs: fb.ms, cpuMs: fb.cpuMs, peakRss: fb.peakRss, peakByName: fb.peakByName, pagefindMs: pagefindSeconds(fb.output), pages: countHtml(join(floor, 'dist')) };
    log(`${n}: floor built in ${(fb.ms / 1000).toFixed(1)} s, peak ${(fb.peakRss / 2 ** 30).toFixed(2)} GiB`);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The compact point data the maps load (/map/points*.json), if the site has it. */
function findPoints(dist: string): string | null {
  const dir = join(dist, 'map');
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir).find((f) => /^points.*\.json$/.test(f));
  return name ? join(dir, name) : null;
}

/** The list pages whose raw size the table shows: the incident index's first two pages and the newest year's page. */
function listPages(dist: string): string[] {
  const years = existsSync(join(dist, 'timeline')) ? readdirSync(join(dist, 'timeline')).filter((y) => /^\d{4}$/.test(y)).sort() : [];
  return ['/incidents/', '/incidents/page/2/', ...(years.length ? [`/timeline/${years.at(-1)}/`] : [])];
}

const s = (ms: number | null | undefined) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const gib = (b: number) => `${(b / 2 ** 30).toFixed(2)} GiB`;
const kb = (b: number | undefined) => (b == null ? 'n/a' : `${(b / 1000).toFixed(1)} KB`);

const byProgram = (peaks: Record<string, number>) =>
  Object.entries(peaks).filter(([, b]) => b > 50e6).sort((a, b) => b[1] - a[1]).map(([n, b]) => `${n} ${gib(b)}`).join(', ');

function table(results: SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['incidents (synthetic + bundled)', (r) => `${r.incidents.toLocaleString('en')}`],
    ['validate (npm run validate), wall / CPU', (r) => `${s(r.validateMs)} / ${s(r.validateCpuMs)}`],
    ['build (npm run build: validation, pages, exports, search index), wall / CPU', (r) => `${s(r.buildMs)} / ${s(r.buildCpuMs)}`],
    ['  of which the search index after Astro', (r) => s(r.pagefindMs)],
    ['  search bundles indexed while Astro rendered', (r) => r.earlyBundles ?? 'n/a'],
    ['peak memory of the build: process tree / largest process', (r) => `${gib(r.buildPeakRss)} / ${r.buildMaxSingleRss == null ? 'n/a' : gib(r.buildMaxSingleRss)}`],
    ['  peak by program', (r) => byProgram(r.buildPeakByName)],
    ['HTML pages', (r) => r.pages.toLocaleString('en')],
    ['pages per second', (r) => (r.pages / (r.buildMs / 1000)).toFixed(0)],
    ['output size (dist)', (r) => mb(r.outputBytes)],
    ['search index (dist/pagefind*, every bundle)', (r) => mb(r.indexBytes)],
    ['home: gzip before map / after map', (r) => `${kb(r.home?.before)} / ${kb(r.home?.after)}`],
    ['incident (median of sample): before / after', (r) => `${kb(r.incident?.median.before)} / ${kb(r.incident?.median.after)}`],
    ['incident (heaviest of sample): before / after', (r) => `${kb(r.incident?.max.before)} / ${kb(r.incident?.max.after)}`],
    ['country /countries/mli/: before / after', (r) => `${kb(r.country?.before)} / ${kb(r.country?.after)}`],
    ['largest HTML page, raw', (r) => (r.largestHtml[0] ? `${kb(r.largestHtml[0].bytes)} (${r.largestHtml[0].path})` : 'n/a')],
    ['  next largest, raw', (r) => r.largestHtml.slice(1).map((p) => `${kb(p.bytes)} ${p.path}`).join(', ')],
    ['list pages, raw HTML', (r) => Object.entries(r.lists).map(([p, b]) => `${p} ${kb(b ?? undefined)}`).join(', ')],
    ['index filter data (/incidents/index.json), gzip bytes per incident', (r) => (r.indexDataBytesPerIncident == null ? 'n/a' : r.indexDataBytesPerIncident.toFixed(1))],
    ['map point data, gzip bytes per incident', (r) => (r.pointsBytesPerIncident == null ? 'n/a (no /map/points*.json)' : r.pointsBytesPerIncident.toFixed(1))],
    ['basemap by zoom band, raw / gzip', (r) => r.basemap.map((b) => `${b.band} ${kb(b.raw)} / ${kb(b.gzip)}`).join('; ')],
    ['home map, headless Chromium (SwiftShader): first draw', (r) => (r.mapSpeed ? s(r.mapSpeed.firstDrawMs) : 'n/a')],
    ['  frame interval while dragging: median / p95 / max', (r) => (r.mapSpeed ? `${r.mapSpeed.panFrames.median.toFixed(1)} / ${r.mapSpeed.panFrames.p95.toFixed(1)} / ${r.mapSpeed.panFrames.max.toFixed(1)} ms (${r.mapSpeed.panFrames.frames} frames)` : 'n/a')],
    ['  date filter to map at rest', (r) => (r.mapSpeed ? `${Math.round(r.mapSpeed.filterMs)} ms` : 'n/a')],
    ['floor build (bare Astro + Pagefind), wall / CPU', (r) => `${s(r.floor?.buildMs)} / ${s(r.floor?.cpuMs)}`],
    ['  of which Pagefind indexing', (r) => s(r.floor?.pagefindMs)],
    ['floor peak memory', (r) => (r.floor ? gib(r.floor.peakRss) : 'n/a')],
    ['  peak by program', (r) => (r.floor ? byProgram(r.floor.peakByName) : 'n/a')],
    ['ratio build / floor, wall / CPU', (r) => (r.floor ? `${(r.buildMs / r.floor.buildMs).toFixed(2)}× / ${r.buildCpuMs && r.floor.cpuMs ? (r.buildCpuMs / r.floor.cpuMs).toFixed(2) : 'n/a'}×` : 'n/a')],
    ['1-min load average before / after build', (r) => `${r.loadBefore.toFixed(1)} / ${r.loadAfter.toFixed(1)}`],
  ];
  const head = `| measure | ${results.map((r) => `${r.synthetic.toLocaleString('en')}`).join(' | ')} |`;
  const sep = `| --- | ${results.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map(([label, f]) => `| ${label} | ${results.map(f).join(' | ')} |`)].join('\n');
}

async function main() {
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free at start), Node ${process.version}, ${new Date().toISOString()}`;
  log(`machine: ${machine}; seed ${seed}; sizes ${sizes.join(', ')}; work in ${workRoot}`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    results.push(await benchSize(n));
    console.log(`\n${table(results)}\n`);
  }
  const out = join(repo, 'bench-results');
  mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(out, `${stamp}.json`), JSON.stringify({ machine, seed, results }, null, 2));
  writeFileSync(join(out, `${stamp}.md`), `Machine: ${machine}. Seed ${seed}.\n\n${table(results)}\n`);
  log(`results in bench-results/${stamp}.md and .json`);
  if (!keep) rmSync(workRoot, { recursive: true, force: true });
}

await main();
