import { describe, expect, it } from 'vitest';
import { compareValues, mergeResults, sortMetaKey, sumCounts } from '../../src/client/search/merged-results.ts';

/** A result as Pagefind's instance gives it, with its sort values as metadata; counts its data loads. */
function result(id: string, score: number, sort: Record<string, string> = {}) {
  const r = {
    id,
    score,
    loads: 0,
    async data() {
      r.loads++;
      return { meta: Object.fromEntries(Object.entries(sort).map(([k, v]) => [sortMetaKey(k), v])) };
    },
  };
  return r;
}

describe('results merged from several bundles', () => {
  it('orders relevance results of all bundles by score, as one index would', async () => {
    const list = await mergeResults([[result('a', 9), result('b', 2)], [], [result('c', 5), result('d', 1)]], undefined);
    expect(list.count).toBe(4);
    expect((await list.first(10)).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps one bundle\'s order as Pagefind gives it', async () => {
    const list = await mergeResults([[result('a', 1), result('b', 7)]], { date: 'desc' });
    expect((await list.first(2)).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('merges sorted results by their values, newest first or oldest first, reading only what it shows', async () => {
    // Each bundle's results come sorted; their scores are ranks within the bundle, not comparable.
    const older = [result('o3', 3, { date: '20190301' }), result('o2', 2, { date: '20190201' }), result('o1', 1, { date: '20190101' })];
    const newer = [result('n2', 2, { date: '20240501' }), result('n1', 1, { date: '20180101' })];
    const desc = await mergeResults([older, newer], { date: 'desc' });
    expect(desc.count).toBe(5);
    expect((await desc.first(2)).map((r) => r.id)).toEqual(['n2', 'o3']);
    expect(older[2].loads, 'the third of a bundle is not read for the first two results').toBe(0);
    expect((await desc.first(5)).map((r) => r.id)).toEqual(['n2', 'o3', 'o2', 'o1', 'n1']);
    expect(older[0].loads, 'each result read once').toBe(1);
    const asc = await mergeResults([[...older].reverse(), [...newer].reverse()], { date: 'asc' });
    expect((await asc.first(5)).map((r) => r.id)).toEqual(['n1', 'o1', 'o2', 'o3', 'n2']);
  });

  it('leaves out the results of a bundle without the sort key, as one index leaves out pages without it', async () => {
    const pages = [result('actor', 9), result('country', 8)];
    const list = await mergeResults([[result('a', 2, { date: '20200101' })], pages, [result('b', 1, { date: '20210101' })]], { date: 'desc' });
    expect(list.count).toBe(2);
    expect((await list.first(5)).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('compares numbers as numbers (killed: 9 before 10), ties to the earlier bundle', async () => {
    expect(compareValues('9', '10')).toBeLessThan(0);
    const list = await mergeResults([[result('a', 2, { killed: '10' }), result('b', 1, { killed: '9' })], [result('c', 1, { killed: '10' })]], { killed: 'desc' });
    expect((await list.first(3)).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('adds up the filter counts of every bundle', () => {
    expect(sumCounts([{ country: { mli: 2, bfa: 1 }, year: { '2019': 3 } }, { country: { mli: 4, ner: 1 } }, {}])).toEqual({
      country: { mli: 6, bfa: 1, ner: 1 },
      year: { '2019': 3 },
    });
  });
});
