/**
 * One list of results from several Pagefind bundles (a large site's index is split in batches:
 * `build/search-batches.ts`), in the order a single index would give them.
 *
 * Pagefind's own `mergeIndex()` sorts merged results by score, which is right for relevance but
 * not for a sort key: there a result's score is only its rank within its own bundle. So sorted
 * lists are merged here by the key's value, which incident pages also carry as metadata
 * (`sortMetaKey`); only the results about to be shown are read, a few at a time. Filter counts
 * are summed: every page is in one bundle only.
 */

/** What the merge needs of a Pagefind result. */
export interface RankedResult {
  score: number;
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}

export type SortOption = Record<string, 'asc' | 'desc'>;

/** The metadata field that repeats a page's value of a sort key, for merging sorted results. */
export function sortMetaKey(key: string): string {
  return `sort_${key}`;
}

/** Results in order, read from the front: the first `n` may need the values of some not yet shown. */
export interface ResultList<T> {
  count: number;
  first(n: number): Promise<T[]>;
}

/** A list of results already in order. */
export function listOf<T>(results: T[]): ResultList<T> {
  return { count: results.length, first: async (n) => results.slice(0, n) };
}

/** The merged list of each bundle's results (each in its bundle's order, as Pagefind gives it). */
export async function mergeResults<T extends RankedResult>(lists: T[][], sort: SortOption | undefined): Promise<ResultList<T>> {
  let nonEmpty = lists.filter((l) => l.length > 0);
  const [entry] = Object.entries(sort ?? {});
  if (!entry) {
    // Relevance: scores of different bundles compare (as in Pagefind's mergeIndex); sort is stable.
    return listOf(nonEmpty.length === 1 ? nonEmpty[0] : nonEmpty.flat().sort((a, b) => b.score - a.score));
  }
  const [key, direction] = entry;
  if (lists.length === 1) return listOf(lists[0]);
  // A bundle with no page carrying the key (only countries, actors...) returns its results
  // unsorted, where one index leaves those pages out: its first result tells.
  nonEmpty = nonEmpty.map(remember);
  const has = await Promise.all(nonEmpty.map(async (l) => sortValue(await l[0].data(), key) !== undefined));
  return sortedMerge(nonEmpty.filter((_, i) => has[i]), key, direction);
}

const sortValue = (data: { meta: Record<string, string | undefined> }, key: string) => data.meta[sortMetaKey(key)];

/**
 * The results, each fetching its data once however often the merge and the page ask for it.
 * Changed in place: Pagefind's worker frees a result's data when the result object is collected.
 */
function remember<T extends RankedResult>(list: T[]): T[] {
  for (const r of list) {
    const load = r.data.bind(r);
    let data: ReturnType<T['data']> | undefined;
    r.data = () => (data ??= load() as ReturnType<T['data']>);
  }
  return list;
}

/** Compares two sort values as Pagefind does: as numbers when both are, else as text. */
export function compareValues(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedMerge<T extends RankedResult>(lists: T[][], key: string, direction: 'asc' | 'desc'): ResultList<T> {
  const next = lists.map(() => 0);
  const merged: T[] = [];
  const count = lists.reduce((n, l) => n + l.length, 0);
  const value = async (r: T) => sortValue(await r.data(), key) ?? '';
  let work = Promise.resolve();
  const grow = async (n: number) => {
    while (merged.length < Math.min(n, count)) {
      const heads = await Promise.all(lists.map(async (l, i) => (next[i] < l.length ? { i, v: await value(l[next[i]]) } : undefined)));
      let best: { i: number; v: string } | undefined;
      for (const h of heads) {
        if (!h) continue;
        const c = best ? compareValues(h.v, best.v) : 0;
        // Ties go to the earlier bundle, so the order does not change from one search to the next.
        if (!best || (direction === 'desc' ? c > 0 : c < 0)) best = h;
      }
      merged.push(lists[best!.i][next[best!.i]++]);
    }
  };
  return {
    count,
    first(n) {
      // One merge at a time: "Show more" and a new page of results may ask together.
      work = work.then(() => grow(n));
      return work.then(() => merged.slice(0, n));
    },
  };
}

/** Filter counts of several bundles added up (how many results each value would leave). */
export function sumCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (sum[name] ??= {});
      for (const [v, n] of Object.entries(values)) into[v] = (into[v] ?? 0) + n;
    }
  }
  return sum;
}
