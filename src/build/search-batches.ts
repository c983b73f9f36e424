/**
 * How the search index is split so that no Pagefind process holds too much: Pagefind keeps every
 * page it indexes in memory until it writes its bundle (about 74 KB per incident page), so a big
 * site is indexed in batches, each in a fresh process writing a bundle of its own, and the search
 * page searches all the bundles of its language (`client/search/pagefind-api.ts`).
 *
 * A site of at most `maxFiles` HTML files is one batch and one bundle, `pagefind/`, as Pagefind
 * would write it alone. A larger one is split by language, and a language's incident pages by
 * date: whole years, oldest first, packed together while they fit (a year that does not fit is
 * split by month, a month by day). An incident stays in the bundle of its period from one build to
 * the next, so new records mostly change the newest bundle and a reader's cached copies of the
 * older ones stay good. The language's other pages go with its newest incidents.
 *
 * Pure: takes the site's HTML paths (relative, `/`-separated), so unit tests check it without a site.
 */
import { langOf, path, routesFor } from '../domain/routes.ts';
import { languages, type Lang } from '../translations/index.ts';

/** The bundle folder of a small site, the one Pagefind writes by default; it also holds the bundle list. */
export const mainBundle = 'pagefind';

/** Whether a folder at the site's root is a search bundle (`pagefind`, `pagefind-en-2019-2021`). */
export function isBundleFolder(name: string): boolean {
  return name === mainBundle || name.startsWith(`${mainBundle}-`);
}

/** HTML files per Pagefind process: about 1.1 GiB of Pagefind memory with incident pages. */
export const defaultMaxFiles = 15_000;

export interface IndexBatch {
  /** Folder of the bundle under the site (`pagefind`, `pagefind-en-2019-2021`). */
  bundle: string;
  /** The languages whose search loads this bundle. */
  langs: Lang[];
  /** Globs of the HTML files it indexes, relative to the site folder; none: every HTML file. */
  globs?: string[];
  /** HTML files it reads. */
  files: number;
}

/** The bundles each language's search loads, written to `pagefind/bundles.json` (site paths without the base). */
export type BundleList = Partial<Record<Lang, string[]>>;

/** Incidents of one period (a year, month or day: a prefix of their ids), or the language's other pages. */
interface Unit {
  /** The id prefix (`2019`, `2019-05`), or '' for the pages that are not incident pages. */
  period: string;
  globs: string[];
  files: number;
}

/** A route's folder in the site, without the base path (`incidents/`, `fr/incidents/`, `fr/`). */
const folderOf = (route: string) => route.slice(path('').length);

/** The folder of a language's incident pages (`incidents/`, `fr/incidents/`). */
function incidentFolder(lang: Lang): string {
  return folderOf(routesFor(lang).incident('x')).replace(/x\/$/, '');
}

/** The language's folder in the site (`''` for English, `fr/`). */
export function langFolder(lang: Lang): string {
  return folderOf(routesFor(lang).home());
}

/** An incident page's id (`2019-05-12-some-place`), from its path in the language's incident folder. */
const incidentPage = /^(\d{4}-\d{2}-\d{2}-[^/]+)\/index\.html$/;

export function planBatches(htmlFiles: readonly string[], maxFiles = defaultMaxFiles): IndexBatch[] {
  if (htmlFiles.length <= maxFiles) return [{ bundle: mainBundle, langs: [...languages], files: htmlFiles.length }];
  return languages.flatMap((lang) => {
    const files = htmlFiles.filter((f) => langOf(`/${f}`) === lang);
    return files.length > 0 ? packUnits(lang, units(lang, files, maxFiles), maxFiles) : [];
  });
}

/** A language's pages as units: incident periods, oldest first, then its other pages. */
function units(lang: Lang, files: string[], maxFiles: number): Unit[] {
  const incidents = incidentFolder(lang);
  const root = langFolder(lang);
  const ids: string[] = [];
  const others = new Map<string, number>();
  for (const f of files) {
    const id = f.startsWith(incidents) ? incidentPage.exec(f.slice(incidents.length))?.[1] : undefined;
    if (id) {
      ids.push(id);
      continue;
    }
    // The other pages as globs below the language's folder: a page of its own (`search/index.html`)
    // or a record's page (`actors/<id>/index.html`, one glob per folder). Deeper pages are lists
    // (`actors/<id>/page/2/`, `incidents/page/2/`, a timeline's months): never searched, and the
    // heaviest pages of the site, so Pagefind is not made to read them.
    const parts = f.slice(root.length).split('/');
    if (parts.length > 3) continue;
    // (Not in the incident folder, where the glob would take in the incident pages too.)
    const glob = parts.length === 3 && !f.startsWith(incidents) ? `${root}${parts[0]}/*/${parts[2]}` : f;
    others.set(glob, (others.get(glob) ?? 0) + 1);
  }
  ids.sort();
  const periods = splitPeriods(ids, maxFiles, 0).map(({ period, count }) => ({ period, files: count, globs: [`${incidents}${period}-*/index.html`] }));
  const rest = others.size > 0 ? [{ period: '', files: [...others.values()].reduce((a, b) => a + b, 0), globs: [...others.keys()].sort() }] : [];
  return [...periods, ...rest];
}

/** Id prefix lengths: year, month, day. */
const periodLengths = [4, 7, 10];

/** Sorted ids grouped by year; a year with more than `maxFiles` incidents by month, and so on. */
function splitPeriods(ids: string[], maxFiles: number, level: number): { period: string; count: number }[] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = id.slice(0, periodLengths[level]);
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return [...groups].flatMap(([period, group]) =>
    group.length > maxFiles && level < periodLengths.length - 1 ? splitPeriods(group, maxFiles, level + 1) : [{ period, count: group.length }],
  );
}

/** Consecutive units in batches of at most `maxFiles` files (a unit larger than that alone). */
function packUnits(lang: Lang, list: Unit[], maxFiles: number): IndexBatch[] {
  const groups: Unit[][] = [];
  for (const u of list) {
    const last = groups.at(-1);
    if (last && last.reduce((n, x) => n + x.files, 0) + u.files <= maxFiles) last.push(u);
    else groups.push([u]);
  }
  return groups.map((g) => {
    const periods = g.map((u) => u.period).filter(Boolean);
    const range = periods.length === 0 ? '' : periods.length === 1 ? `-${periods[0]}` : `-${periods[0]}-${periods.at(-1)}`;
    return { bundle: `${mainBundle}-${lang}${range}`, langs: [lang], globs: g.flatMap((u) => u.globs), files: g.reduce((n, u) => n + u.files, 0) };
  });
}

/**
 * The languages whose pages are all written once Astro has written `page` (a site path without
 * the base, `incidents/x/index.html`): Astro renders pages in the order of their routes' paths,
 * so a page that sorts after a language's folder, outside it, comes after every page in it.
 * English has no folder of its own, so it is never done early.
 */
export function languagesDoneBefore(page: string): Lang[] {
  return languages.filter((lang) => {
    const folder = langFolder(lang);
    return folder !== '' && passed(page, folder);
  });
}

/** Whether `page` sorts after every path that starts with `prefix`. */
const passed = (page: string, prefix: string) => page > prefix && !page.startsWith(prefix);

/** Whether a site path is one the batch indexes. */
export function inBatch(batch: IndexBatch, file: string): boolean {
  return !batch.globs || batch.globs.some((g) => globRegExp(g).test(file));
}

const globCache = new Map<string, RegExp>();
/** Our globs (`incidents/2019-*\/index.html`, `fr/sources/**\/*.html`) as a regular expression. */
function globRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob.split('**/').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('(?:.*/)?');
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

/**
 * Whether a bundle indexed from `since` on still matches the site: none of its files (`files`,
 * the site's paths the batch indexes) was written at or after `since` (`mtimeOf`, in ms), so
 * Pagefind, which started later, read each in its final form.
 */
export function unchangedSince(files: readonly string[], mtimeOf: (file: string) => number, since: number): boolean {
  return files.every((f) => mtimeOf(f) < since);
}

/** Each language's bundles, in the order they were planned. */
export function bundleList(batches: readonly IndexBatch[]): BundleList {
  const list: BundleList = {};
  for (const b of batches) for (const l of b.langs) (list[l] ??= []).push(`${b.bundle}/`);
  return list;
}
