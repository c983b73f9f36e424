/**
 * The one paginated-list rule: lists (newest first) are cut into pages of PAGE_SIZE, page 1
 * holds the newest and keeps the list's own address; `routes.ts` builds the later addresses.
 * Used by the static pages at build time and by the index filter in the browser.
 */

/** Rows per page: small enough that no page grows with the record, large enough to scan. */
export const PAGE_SIZE = 100;

/** Number of pages of `total` items; an empty list still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `n` (1-based) of `items`. */
export function pageItems<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** The page numbers after the first, for `getStaticPaths` of a list's later pages. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

export interface PageLinks {
  page: number;
  count: number;
  /** 1-based positions of the first and last item on the page (0, 0 for an empty list). */
  firstItem: number;
  lastItem: number;
  total: number;
  /** Addresses of the first, previous (newer), next (older) and last pages; undefined where there is none. */
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
}

/** What a page's pagination links say, from its number, the list's length and the address of page n. */
export function pageLinks(page: number, total: number, href: (n: number) => string, size = PAGE_SIZE): PageLinks {
  const count = pageCount(total, size);
  return {
    page,
    count,
    total,
    firstItem: total === 0 ? 0 : (page - 1) * size + 1,
    lastItem: Math.min(total, page * size),
    first: page > 2 ? href(1) : undefined,
    prev: page > 1 ? href(page - 1) : undefined,
    next: page < count ? href(page + 1) : undefined,
    last: page < count - 1 ? href(count) : undefined,
  };
}
