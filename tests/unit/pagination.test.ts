import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, laterPages, pageCount, pageItems, pageLinks } from '../../src/domain/pagination.ts';
import { pageOf, routes } from '../../src/domain/routes.ts';

// A list as the pages get it: newest first (incident n happened n days before the newest).
const list = Array.from({ length: 250 }, (_, n) => ({ id: `i${n}`, daysAgo: n }));

describe('paginated lists', () => {
  it('cuts a list into pages of PAGE_SIZE, the first holding the newest', () => {
    expect(PAGE_SIZE).toBe(100);
    expect(pageCount(250)).toBe(3);
    expect(pageCount(200)).toBe(2);
    expect(pageCount(0)).toBe(1); // an empty list still has its page
    const first = pageItems(list, 1);
    expect(first).toHaveLength(100);
    expect(first[0].daysAgo).toBe(0);
    expect(pageItems(list, 3).map((i) => i.id)).toEqual(list.slice(200).map((i) => i.id));
    // Every item on exactly one page, in order.
    expect([1, 2, 3].flatMap((n) => pageItems(list, n))).toEqual(list);
  });

  it('builds only the later pages statically, the first being the record’s own page', () => {
    expect(laterPages(250)).toEqual([2, 3]);
    expect(laterPages(100)).toEqual([]);
    expect(laterPages(0)).toEqual([]);
  });

  it('links each page to its neighbours and the ends', () => {
    const href = (n: number) => routes.incidentsPage(n);
    expect(pageLinks(1, 250, href)).toMatchObject({ page: 1, count: 3, firstItem: 1, lastItem: 100, prev: undefined, first: undefined, next: '/incidents/page/2/', last: '/incidents/page/3/' });
    // Page 2 of 3: its neighbours are the ends, so no separate first/last links.
    expect(pageLinks(2, 250, href)).toMatchObject({ prev: '/incidents/', next: '/incidents/page/3/', first: undefined, last: undefined, firstItem: 101, lastItem: 200 });
    expect(pageLinks(3, 250, href)).toMatchObject({ prev: '/incidents/page/2/', next: undefined, first: '/incidents/', lastItem: 250 });
    expect(pageLinks(1, 40, href)).toMatchObject({ count: 1, prev: undefined, next: undefined });
    expect(pageLinks(1, 0, href)).toMatchObject({ count: 1, firstItem: 0, lastItem: 0 });
  });
});

describe('page addresses', () => {
  it('keeps the cited address for page 1 and adds page/<n>/ after it', () => {
    expect(pageOf('/incidents/', 1)).toBe('/incidents/');
    expect(pageOf('/incidents/', 2)).toBe('/incidents/page/2/');
    expect(routes.incidentsPage(1)).toBe(routes.incidents());
    expect(routes.incidentsPage(9)).toBe('/incidents/page/9/');
    expect(routes.sourcesPage(2)).toBe('/sources/page/2/');
    expect(routes.sourcePage('acled-2025', 1)).toBe(routes.source('acled-2025'));
    expect(routes.sourcePage('acled-2025', 3)).toBe('/sources/acled-2025/page/3/');
    expect(routes.actorPage('jnim', 1)).toBe(routes.actor('jnim'));
    expect(routes.actorPage('jnim', 2)).toBe('/actors/jnim/page/2/');
    expect(routes.actorTargeted('fama')).toBe('/actors/fama/targeted/');
    expect(routes.actorTargeted('fama', 2)).toBe('/actors/fama/targeted/page/2/');
    expect(routes.countryPage('mli', 1)).toBe(routes.country('mli'));
    expect(routes.countryPage('mli', 4)).toBe('/countries/mli/page/4/');
    expect(routes.timelinePage('2025', undefined, 1)).toBe(routes.timeline('2025'));
    expect(routes.timelinePage('2025', undefined, 2)).toBe('/timeline/2025/page/2/');
    expect(routes.timelinePage('2025', '06', 1)).toBe(routes.timeline('2025', '06'));
    expect(routes.timelinePage('2025', '06', 2)).toBe('/timeline/2025/06/page/2/');
    expect(routes.incidentsIndexData()).toBe('/incidents/index.json');
  });
});
