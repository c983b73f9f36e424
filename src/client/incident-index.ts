/**
 * The incident index's filtered view in the browser. Without a filter the static page stands as
 * built (no data is fetched). Once a filter is set, or the address carries one, it loads the
 * compact data once (`/map/points.json` + `/incidents/index.json`), filters the whole record
 * with `domain/incident-filter.ts`, and shows the matches everywhere at once: the map (through
 * its `showOnly` hook), the monthly chart, the download links (files made here, from the same
 * rows) and the table, a page at a time, as text. The URL keeps the filter (replaceState), so
 * opening it restores the view. The static page links are hidden meanwhile: its own buttons
 * page the results.
 */
import { activeCount, filterKeys, filterQuery, filterStatus, isEmpty, parseFilter, type IncidentFilter } from '../domain/incident-filter.ts';
import { filterRows, type IndexRow } from '../domain/incident-index-data.ts';
import { filteredFile, filteredFileName, filteredMime, type FilteredFormat } from '../domain/filtered-download.ts';
import { pointDated } from '../domain/map-points.ts';
import { pageCount, pageItems } from '../domain/pagination.ts';
import { claimedByOnly } from '../domain/claims.ts';
import { eventTypeLabel, shortIncidentDate } from '../domain/labels.ts';
import { formatRange } from '../domain/ranges.ts';
import { langOf, routes, routesFor } from '../domain/routes.ts';
import type { EventType } from '../domain/vocabulary.ts';
import { words, type Lang } from '../translations/index.ts';
import { drawMonthlyChart } from './explore/monthly-chart.ts';
import { loadIndex, type IndexData } from './index-data.ts';
import { el } from './dom.ts';

/** One table row, the same cells as `IncidentTable.astro` (index variant: actors as plain names). */
function renderRow(r: IndexRow, d: IndexData, withCountry: boolean, lang: Lang): HTMLTableRowElement {
  const t = words(lang);
  const tr = el('tr');
  tr.dataset.incidentId = r.id;
  const dated = pointDated(r);
  const date = el('time', undefined, shortIncidentDate({ date: r.date, date_precision: dated.date_precision ?? 'day' }, lang));
  date.dateTime = r.date;
  tr.append(el('td', 'nowrap cell-date'));
  tr.lastElementChild!.append(date);
  const link = el('a', undefined, r.title);
  link.href = routesFor(lang).incident(r.id);
  tr.append(el('td', 'cell-title'));
  tr.lastElementChild!.append(link);
  tr.append(el('td', 'cell-place', r.admin1 ? `${r.place}, ${r.admin1}` : r.place));
  if (withCountry) tr.append(el('td', 'cell-country', d.countryNames.get(r.country) ?? r.country));
  const actors = el('td', 'cell-actors', r.perpetrators.map((p) => d.actorLabels.get(p) ?? p).join(', '));
  actors.dataset.label = t.column.perpetrators;
  tr.append(actors);
  tr.append(el('td', 'cell-type', eventTypeLabel(r.eventType as EventType, lang)));
  const killed = el('td', 'num cell-killed', formatRange(r.killed && { ...r.killed, claims: 1 }, lang));
  killed.dataset.label = t.column.killed;
  if (r.partyClaimants.length) {
    // As PartyTag.astro: a short visible tag, and who claims it for screen readers.
    const who = claimedByOnly(r.partyClaimants, (id) => d.actorLabels.get(id) ?? id, lang);
    const tag = el('span', 'party-tag');
    tag.title = who;
    tag.append(el('span', undefined, t.toll.claimedTag), el('span', 'visually-hidden', ` (${who})`));
    tag.firstElementChild!.setAttribute('aria-hidden', 'true');
    killed.append(tag);
  }
  tr.append(killed);
  return tr;
}

/** The map's public hook (`client/map/incident-map.ts`), without importing the map's module. */
type MapElement = HTMLElement & { showOnly?(ids: ReadonlySet<string> | undefined): void };

class IncidentFilterElement extends HTMLElement {
  #urls: string[] = [];

  connectedCallback() {
    const lang = langOf(location.pathname);
    const t = words(lang);
    const form = this.querySelector('form')!;
    const fold = this.querySelector<HTMLDetailsElement>('[data-filter-fold]')!;
    const count = this.querySelector('[data-filter-count]')!;
    const status = this.querySelector('.filter-status')!;
    const empty = this.querySelector<HTMLElement>('.filter-empty')!;
    const chart = this.querySelector<HTMLElement>('[data-explore-chart]');
    const map = this.querySelector<MapElement>('incident-map');
    const downloads = this.querySelector<HTMLElement>('[data-downloads]');
    const table = document.getElementById(this.dataset.target ?? '') as HTMLTableElement | null;
    if (!table) return;
    const withCountry = table.tHead?.rows[0].cells.length === 7;
    const total = Number(this.dataset.total);
    const field = (k: string) => form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement;

    // Buttons that page the filtered results, after the table; the static page links hide meanwhile.
    const pager = el('nav', 'pagination');
    pager.setAttribute('aria-label', t.pages.nav(t.explore.matchingPages));
    pager.hidden = true;
    const where = el('p', 'pagination__where');
    const newer = el('button', 'button button-secondary', `← ${t.pages.newer}`);
    const older = el('button', 'button button-secondary', `${t.pages.older} →`);
    newer.type = older.type = 'button';
    pager.append(where, newer, ' ', older);
    table.closest('.table-scroll')?.after(pager);

    let matching: IndexRow[] = [];
    let page = 1;
    let loaded: IndexData | undefined;
    const show = () => {
      const pages = pageCount(matching.length);
      table.tBodies[0].replaceChildren(...pageItems(matching, page).map((r) => renderRow(r, loaded!, withCountry, lang)));
      pager.hidden = pages < 2;
      where.textContent = t.pages.pageOf(page, pages);
      newer.disabled = page <= 1;
      older.disabled = page >= pages;
    };
    newer.addEventListener('click', () => {
      page -= 1;
      show();
    });
    older.addEventListener('click', () => {
      page += 1;
      show();
      table.scrollIntoView({ block: 'start' });
    });

    let request = 0;
    const apply = async (f: IncidentFilter) => {
      const mine = ++request;
      count.textContent = activeCount(f) ? ` (${activeCount(f).toLocaleString(lang)})` : '';
      status.textContent = t.explore.loading;
      let d: IndexData;
      try {
        d = await loadIndex();
      } catch (err) {
        status.textContent = t.explore.loadFailed;
        console.warn('incident filter:', err);
        return;
      }
      if (mine !== request) return; // a later change won
      loaded = d;
      for (const nav of document.querySelectorAll<HTMLElement>('[data-pagination]')) nav.hidden = true;
      // The results start from the index's first page whichever static page they replace: the heading drops its "page n".
      const heading = document.querySelector<HTMLElement>('[data-index-title]');
      if (heading) heading.textContent = heading.dataset.indexTitle!;
      matching = isEmpty(f) ? d.rows : filterRows(d.rows, f);
      page = 1;
      show();
      status.textContent = filterStatus(matching.map(pointDated), total, f, lang);
      empty.hidden = matching.length > 0;
      map?.showOnly?.(isEmpty(f) ? undefined : new Set(matching.map((r) => r.id)));
      if (chart) {
        chart.hidden = false;
        drawMonthlyChart(chart, matching, lang, 'explore-chart');
      }
      this.#offerDownloads(downloads, matching, f, lang);
    };
    const fromForm = (): IncidentFilter => parseFilter(new URLSearchParams(filterKeys.map((k) => [k, field(k).value])));
    const update = () => {
      const f = fromForm();
      const q = filterQuery(f);
      // A filtered view is the index's, whichever static page it started from.
      history.replaceState(null, '', `${routesFor(lang).incidents()}${q ? `?${q}` : ''}`);
      void apply(f);
    };

    const initial = parseFilter(location.search);
    for (const k of filterKeys) {
      const input = field(k);
      input.value = initial[k];
      // An id in the URL that no option offers (a typo, a removed actor) would otherwise filter invisibly.
      if (input.value !== initial[k]) initial[k] = '';
    }
    // Folded on phones so the list comes first; open where there is room (as the search page).
    fold.open = matchMedia('(min-width: 641px)').matches;
    fold.hidden = false;
    if (!isEmpty(initial)) void apply(initial);
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update();
    });
    form.addEventListener('reset', () => setTimeout(update));
  }

  disconnectedCallback() {
    for (const u of this.#urls) URL.revokeObjectURL(u);
  }

  /**
   * Points the download links at files of the matching rows, made here (Blob URLs), or back at
   * the full files when no filter is set. The note says what a filtered file holds.
   */
  #offerDownloads(box: HTMLElement | null, rows: IndexRow[], f: IncidentFilter, lang: Lang) {
    if (!box) return;
    for (const u of this.#urls) URL.revokeObjectURL(u);
    this.#urls = [];
    const filtered = !isEmpty(f);
    const t = words(lang).explore;
    box.querySelector('[data-downloads-label]')!.textContent = filtered ? t.downloadFiltered(rows.length) : t.downloadAll;
    box.querySelector<HTMLElement>('[data-downloads-note]')!.hidden = !filtered;
    const query = filterQuery(f);
    const site = this.dataset.site || location.origin;
    const about = { view: new URL(`${routes.incidents()}${query ? `?${query}` : ''}`, site).href, codebook: new URL(this.dataset.codebook ?? routes.data(), site).href };
    for (const a of box.querySelectorAll<HTMLAnchorElement>('a[data-format]')) {
      const format = a.dataset.format as FilteredFormat;
      if (!filtered) {
        a.href = routes.dataFile(format);
        a.removeAttribute('download');
        continue;
      }
      const url = URL.createObjectURL(new Blob([filteredFile(format, rows, site, about)], { type: filteredMime[format] }));
      this.#urls.push(url);
      a.href = url;
      a.download = filteredFileName(query, format);
    }
  }
}
customElements.define('incident-filter', IncidentFilterElement);
