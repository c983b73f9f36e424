/**
 * The part of Pagefind's browser API the site uses, typed, and loaded once per page from the
 * site itself (`<base>pagefind/pagefind.js` or another bundle's, written by the build; CSP allows
 * scripts from 'self' and Pagefind's WebAssembly through 'wasm-unsafe-eval'). A large site's index
 * is in several bundles (`pagefind/bundles.json` lists them): each is searched by an instance of
 * its own and the results merged (`merged-results.ts`).
 */
import { langOf, path } from '../../domain/routes.ts';
import { mergeResults, sumCounts, type ResultList } from './merged-results.ts';
import type { PagefindFilters } from './search-state.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter value, how many results would remain with it applied. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One bundle's Pagefind instance (`createInstance` of `pagefind.js`). */
interface PagefindInstance {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

/** The site's search: every bundle of the page's language, searched together. */
export interface SiteSearch {
  search(term: string | null, options?: PagefindSearchOptions): Promise<SiteSearchResponse>;
  /** Every filter value in the index and how many pages carry it. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SiteSearchResponse {
  results: ResultList<PagefindResult>;
  /** For each filter value, how many results would remain with it applied. */
  filters: Record<string, Record<string, number>>;
}

/** The bundles of the page's language, from the list the build writes (a small site has one, `pagefind/`). */
async function bundles(): Promise<string[]> {
  const res = await fetch(path('pagefind/bundles.json'));
  if (!res.ok) throw new Error(`${res.status} fetching the list of search bundles`);
  const list = (await res.json()) as Record<string, string[] | undefined>;
  const mine = list[langOf(location.pathname)];
  if (!mine?.length) throw new Error('No search bundle for this language');
  return mine;
}

let loading: Promise<SiteSearch> | undefined;

/** The site's search, loaded on first use. The paths are runtime URLs, not modules Vite should bundle. */
export function loadPagefind(): Promise<SiteSearch> {
  loading ??= (async () => {
    const dirs = await bundles();
    const pf = (await import(/* @vite-ignore */ path(`${dirs[0]}pagefind.js`))) as PagefindModule;
    // Pagefind takes the base path of result URLs from each bundle's, so results carry it too.
    const open = async (d: string) => {
      const instance = pf.createInstance({ basePath: path(d) });
      await instance.search(''); // answers once the instance has loaded (an empty query finds nothing)
      return instance;
    };
    // The instances share one WebAssembly module, which each would start if none had: started
    // together they make several and lose their indexes. The first starts it, the others reuse it.
    const first = await open(dirs[0]);
    const instances = [first, ...(await Promise.all(dirs.slice(1).map(open)))];
    return {
      async search(term, options = {}) {
        const found = (await Promise.all(instances.map((i) => i.search(term, options)))).filter((r): r is PagefindResponse => !!r);
        return { results: await mergeResults(found.map((r) => r.results), options.sort), filters: sumCounts(found.map((r) => r.filters)) };
      },
      async filters() {
        return sumCounts(await Promise.all(instances.map((i) => i.filters())));
      },
    };
  })();
  return loading;
}
