/**
 * The part of Pagefind's browser API the site uses, typed, and loaded once per page from the
 * site itself (`<base>pagefind/pagefind.js`, written by the build; CSP allows scripts from 'self'
 * and Pagefind's WebAssembly through 'wasm-unsafe-eval').
 */
import { path } from '../../domain/routes.ts';
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

export interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind's API, imported on first use. The path is a runtime URL, not a module Vite should bundle. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Pagefind takes the base path of result URLs from this one, so results carry it too.
    const url = path('pagefind/pagefind.js');
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.init();
    return pf;
  })();
  return loading;
}
