/**
 * Text helpers shared by the search page, the "near a place" page and the build: folding for
 * comparisons that ignore case and diacritics, and safe rendering of Pagefind excerpts.
 */
import { escapeHtml } from './html.ts';

/** "Tillabéri" → "tillaberi": lower case, diacritics dropped, spaces collapsed. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}


/**
 * A Pagefind excerpt made safe to insert as HTML. Excerpts are page text (from untrusted
 * records) with `<mark>` around matches; we escape everything, then restore only the exact
 * `<mark>` and `</mark>` tags Pagefind writes.
 */
export function safeExcerpt(excerpt: string): string {
  return escapeHtml(excerpt).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

/** Words of a query, folded, for matching against place names. */
export function queryWords(q: string): string[] {
  return fold(q)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}
