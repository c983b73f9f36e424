/**
 * The search page: `<search-page>` wraps the static form of `SearchPage.astro` and turns it
 * into a live search over the Pagefind index. The URL holds the query, filters and order
 * (replaced as the reader types), so a search can be shared and reloads the same results.
 * Result text comes from records (untrusted): it is set as text, and Pagefind's excerpt is
 * escaped except for its <mark> tags.
 */
import { loadPagefind, type PagefindResult, type PagefindResultData, type SiteSearch, type SiteSearchResponse } from './pagefind-api.ts';
import { listOf, type ResultList } from './merged-results.ts';
import { arrangeResults, incidentsAtPlace, isPlaceQuery, namesMatch } from './ranking.ts';
import {
  filterDefs,
  filterValueLabel,
  isActive,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  parseSearchState,
  searchStateQuery,
  sortFilterValues,
  type FilterName,
  type SearchLabels,
  type SearchState,
} from './search-state.ts';
import { safeExcerpt } from '../../domain/text.ts';
import { langOf } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';
import { el } from '../dom.ts';

const lang = langOf(location.pathname);
const t = words(lang).search;
const col = words(lang).column;

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 250;
/** Option value standing for several values of one filter chosen through the URL (`?country=Mali&country=Niger`). */
const SEVERAL = '(several)';

/** Site-relative links only: a result URL is the page Pagefind indexed, never another scheme. */
function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

class SearchPage extends HTMLElement {
  private pf?: SiteSearch;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private sortSelect!: HTMLSelectElement;
  private selects = new Map<FilterName, HTMLSelectElement>();
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private results: ResultList<PagefindResult> = listOf([]);
  private shown = 0;
  private run = 0;
  private timer: number | undefined;
  private baseTitle = document.title;
  private fold!: HTMLDetailsElement;
  /** Labels of the coded filter values (countries, regions, actors), from the page. */
  private labels: SearchLabels = {};

  async connectedCallback() {
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as SearchLabels;
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.sortSelect = this.querySelector('select[name="sort"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;

    this.setStatus(t.loading);
    try {
      this.pf = await loadPagefind();
    } catch (e) {
      this.setStatus(t.failed);
      console.warn('Pagefind failed to load', e);
      return;
    }
    this.querySelector('[data-search-fallback]')?.remove();
    this.querySelectorAll<HTMLElement>('[data-search-controls]').forEach((c) => (c.hidden = false));
    await this.buildFilterControls();
    // Folded on phones so the first results show above the fold; open where there is room.
    this.fold = this.querySelector('[data-search-fold]')!;
    this.fold.open = matchMedia('(min-width: 641px)').matches;
    this.showState(this.state());
    void this.search();

    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update(), TYPING_DELAY_MS);
    });
    this.form.addEventListener('change', (e) => {
      if (e.target !== this.input) this.update();
    });
    this.sortSelect.addEventListener('change', () => this.update());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(this.timer);
      this.update();
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => {
      this.showState(this.state());
      void this.search();
    });
  }

  /** The state in the address, older links' words read as codes. */
  private state(): SearchState {
    return parseSearchState(location.search, this.labels);
  }

  /** One labelled select per filter, with every value Pagefind knows and its count. */
  private async buildFilterControls() {
    const all = await this.pf!.filters();
    const box = this.form.querySelector('[data-search-filters]')!;
    for (const { name } of filterDefs) {
      const label = t.filters[name];
      const values = Object.keys(all[name] ?? {});
      if (values.length === 0) continue;
      const id = `search-filter-${name}`;
      const wrap = el('div', 'search-field');
      const lab = el('label', undefined, label);
      lab.htmlFor = id;
      const select = el('select');
      select.id = id;
      select.name = name;
      select.append(new Option(t.any, ''));
      for (const v of sortFilterValues(name, values, this.labels, lang)) {
        const o = new Option(filterValueLabel(name, v, this.labels, lang), v);
        o.dataset.label = o.text;
        select.append(o);
      }
      wrap.append(lab, select);
      box.append(wrap);
      this.selects.set(name, select);
    }
  }

  /** Puts a state into the form controls. */
  private showState(s: SearchState) {
    this.input.value = s.q;
    this.sortSelect.value = s.sort;
    for (const [name, select] of this.selects) {
      select.querySelector('option[data-values]')?.remove();
      const values = s.filters[name] ?? [];
      if (values.length > 1) {
        const o = new Option(values.map((v) => filterValueLabel(name, v, this.labels, lang)).join(t.or), SEVERAL);
        o.dataset.values = JSON.stringify(values);
        select.append(o);
        select.value = SEVERAL;
      } else {
        select.value = values[0] ?? '';
        // A value from a shared URL that this index lacks still searches (and finds nothing).
        if (values[0] && select.value !== values[0]) {
          select.append(new Option(filterValueLabel(name, values[0], this.labels, lang), values[0]));
          select.value = values[0];
        }
      }
    }
  }

  /** Reads the state from the form controls. */
  private readState(): SearchState {
    const s: SearchState = { q: this.input.value.trim().slice(0, 200), filters: {}, sort: parseSearchState(`sort=${this.sortSelect.value}`).sort };
    for (const [name, select] of this.selects) {
      if (select.value === SEVERAL) s.filters[name] = JSON.parse(select.selectedOptions[0].dataset.values ?? '[]');
      else if (select.value) s.filters[name] = [select.value];
    }
    return s;
  }

  private update() {
    const s = this.readState();
    const query = searchStateQuery(s);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    void this.search();
  }

  private setStatus(text: string) {
    this.status.textContent = text;
  }

  private async search() {
    const run = ++this.run;
    const s = this.state();
    document.title = s.q ? `“${s.q}” · ${this.baseTitle}` : this.baseTitle;
    const active = Object.keys(s.filters).length;
    this.fold.querySelector('[data-search-filter-count]')!.textContent = active ? ` (${active})` : '';
    if (!isActive(s)) {
      this.results = listOf([]);
      this.list.replaceChildren();
      this.more.hidden = true;
      this.setStatus(t.prompt);
      this.updateCounts(undefined);
      return;
    }
    const pf = this.pf!;
    const sort = pagefindSort(s);
    const response = await pf.search(pagefindTerm(s), { filters: pagefindFilters(s), sort });
    let results = response.results;
    // Relevance: every result is at hand (nothing to merge by value), so it can be rearranged.
    if (s.q && !sort) results = listOf(await this.arrange(s, await results.first(results.count)));
    if (run !== this.run) return; // a newer search has started
    this.results = results;
    this.shown = 0;
    this.list.replaceChildren();
    this.updateCounts(response);
    await this.showMore(false);
    if (run !== this.run) return;
    this.setStatus(this.describe(s, results.count, !!sort));
  }

  /** Best match, as a reader expects it (see ranking.ts): the page a name names, then incidents at a place. */
  private async arrange(s: SearchState, results: PagefindResult[]): Promise<PagefindResult[]> {
    const wants = (t: string) => !s.filters.kind || s.filters.kind.includes(t);
    const namedTypes = ['actor', 'country'].filter(wants);
    const [page, incidents] = await Promise.all([
      namedTypes.length > 0 ? this.namedPage(s, namedTypes) : undefined,
      wants('incident') ? this.incidentsAtPlace(s) : undefined,
    ]);
    return arrangeResults(results, { page, incidents });
  }

  /** The actor or country page whose names include the query, among the best few of those types. */
  private async namedPage(s: SearchState, types: string[]): Promise<string | undefined> {
    const type = types.length === 1 ? types[0] : { any: types };
    const found = await this.pf!.search(s.q, { filters: { ...pagefindFilters(s), kind: type } });
    for (const r of await found.results.first(3)) {
      if (namesMatch(s.q, (await r.data()).meta.names ?? '')) return r.id;
    }
    return undefined;
  }

  /** The incidents at the place the query names, or none when it names no place. */
  private async incidentsAtPlace(s: SearchState): Promise<Set<string> | undefined> {
    const found = await this.pf!.search(s.q, { filters: { ...pagefindFilters(s), kind: 'incident' } });
    const results = await found.results.first(found.results.count);
    if (results.length === 0) return undefined;
    const top = await results[0].data();
    return isPlaceQuery(s.q, top.meta.places ?? '') ? incidentsAtPlace(results) : undefined;
  }

  private describe(s: SearchState, n: number, sorted: boolean): string {
    const parts = [t.results(n)];
    if (s.q) parts.push(t.forQuery(s.q));
    const chosen = filterDefs
      .filter((f) => s.filters[f.name])
      .map((f) => `${t.filters[f.name].toLowerCase()} ${s.filters[f.name]!.map((v) => filterValueLabel(f.name, v, this.labels, lang)).join(t.or)}`);
    if (chosen.length) parts.push(t.withFilters(chosen.join(', ')));
    let text = parts.join(' ') + '.';
    if (sorted && n > 0) text += ` ${t.sortedIncidentsOnly}`;
    if (n > this.shown) text += ` ${t.showingFirst(this.shown)}`;
    return text;
  }

  /** Counts beside each filter value: how many results remain if it is chosen. */
  private updateCounts(response: SiteSearchResponse | undefined) {
    for (const [name, select] of this.selects) {
      const counts = response?.filters[name];
      for (const o of select.options) {
        if (!o.value || o.value === SEVERAL) continue;
        const label = o.dataset.label ?? o.text;
        o.text = counts ? `${label} (${(counts[o.value] ?? 0).toLocaleString(lang)})` : label;
      }
    }
  }

  private async showMore(moveFocus: boolean) {
    const run = this.run;
    const batch = (await this.results.first(this.shown + PAGE_SIZE)).slice(this.shown);
    if (run !== this.run) return;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    const items = data.map((d) => this.renderResult(d));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.count;
    if (moveFocus) {
      items[0]?.querySelector('a')?.focus();
      const s = this.state();
      this.setStatus(this.describe(s, this.results.count, !!pagefindSort(s)));
    }
  }

  private renderResult(d: PagefindResultData): HTMLLIElement {
    const li = el('li', 'search-result');
    const type = d.filters.kind?.[0];
    const h = el('h3');
    const a = el('a', undefined, d.meta.title ?? d.url);
    a.href = safeHref(d.url);
    h.append(a);
    if (type && type !== 'incident') h.append(' ', el('span', 'search-result-type', (t.kind as Record<string, string>)[type] ?? type));
    li.append(h);
    if (type === 'incident') {
      const facts = el('dl', 'search-result-facts');
      const add = (term: string, value: string | undefined) => {
        if (!value) return;
        const row = el('div');
        row.append(el('dt', undefined, term), el('dd', undefined, value));
        facts.append(row);
      };
      add(col.date, d.meta.date);
      add(col.place, d.meta.place);
      add(col.perpetrators, d.meta.perpetrators);
      add(col.killed, d.meta.killed);
      li.append(facts);
    }
    if (d.excerpt) {
      const p = el('p', 'search-result-excerpt');
      p.innerHTML = safeExcerpt(d.excerpt);
      li.append(p);
    }
    return li;
  }
}

customElements.define('search-page', SearchPage);
