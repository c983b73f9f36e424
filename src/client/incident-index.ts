/**
 * The incident index's filter in the browser. Without a filter the static page stands as built
 * (no data is fetched). Once a filter is set, or the address carries one, it loads the compact
 * data once (`/map/points.json` + `/incidents/index.json`), filters the whole record with the
 * rule the static pages follow, and renders the matching rows a page at a time into the
 * table, as text. The static page links are hidden meanwhile: its own buttons page the results.
 */
import { filterKeys, filterQuery, filterStatus, isEmpty, parseFilter, type IncidentFilter } from '../domain/incident-filter.ts';
import { filterRows, type IndexRow } from '../domain/incident-index-data.ts';
import { pointDated } from '../domain/map-points.ts';
import { pageCount, pageItems } from '../domain/pagination.ts';
import { claimedByOnly } from '../domain/claims.ts';
import { columnWords, eventTypeLabels, pageWords, shortIncidentDate, tollWords } from '../domain/labels.ts';
import { formatRange } from '../domain/ranges.ts';
import { routes } from '../domain/routes.ts';
import type { EventType } from '../domain/vocabulary.ts';
import { loadIndex, type IndexData } from './index-data.ts';
import { el } from './dom.ts';

/** One table row, the same cells as `IncidentTable.astro` (index variant: actors as plain names). */
function renderRow(r: IndexRow, d: IndexData, withCountry: boolean): HTMLTableRowElement {
  const tr = el('tr');
  tr.dataset.incidentId = r.id;
  const dated = pointDated(r);
  const date = el('time', undefined, shortIncidentDate({ date: r.date, date_precision: dated.date_precision ?? 'day' }));
  date.dateTime = r.date;
  tr.append(el('td', 'nowrap cell-date'));
  tr.lastElementChild!.append(date);
  const link = el('a', undefined, r.title);
  link.href = routes.incident(r.id);
  tr.append(el('td', 'cell-title'));
  tr.lastElementChild!.append(link);
  tr.append(el('td', 'cell-place', r.admin1 ? `${r.place}, ${r.admin1}` : r.place));
  if (withCountry) tr.append(el('td', 'cell-country', d.countryNames.get(r.country) ?? r.country));
  const actors = el('td', 'cell-actors', r.perpetrators.map((p) => d.actorLabels.get(p) ?? p).join(', '));
  actors.dataset.label = columnWords.perpetrators;
  tr.append(actors);
  tr.append(el('td', 'cell-type', eventTypeLabels[r.eventType as EventType] ?? r.eventType));
  const killed = el('td', 'num cell-killed', formatRange(r.killed && { ...r.killed, claims: 1 }));
  killed.dataset.label = columnWords.killed;
  if (r.partyClaimants.length) {
    // As PartyTag.astro: a short visible tag, and who claims it for screen readers.
    const who = claimedByOnly(r.partyClaimants, (id) => d.partyLabels.get(id) ?? id);
    const tag = el('span', 'party-tag');
    tag.title = who;
    tag.append(el('span', undefined, tollWords.claimedTag), el('span', 'visually-hidden', ` (${who})`));
    tag.firstElementChild!.setAttribute('aria-hidden', 'true');
    killed.append(tag);
  }
  tr.append(killed);
  return tr;
}

class IncidentFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const status = this.querySelector('.filter-status')!;
    const empty = this.querySelector<HTMLElement>('.filter-empty')!;
    const table = document.getElementById(this.dataset.target ?? '') as HTMLTableElement | null;
    if (!table) return;
    const withCountry = table.tHead?.rows[0].cells.length === 7;
    const total = Number(this.dataset.total);
    const field = (k: string) => form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement;

    // Buttons that page the filtered results, after the table; the static page links hide meanwhile.
    const pager = el('nav', 'pagination');
    pager.setAttribute('aria-label', pageWords.nav('the matching incidents'));
    pager.hidden = true;
    const where = el('p', 'pagination__where');
    const newer = el('button', 'button button-secondary', `← ${pageWords.newer}`);
    const older = el('button', 'button button-secondary', `${pageWords.older} →`);
    newer.type = older.type = 'button';
    pager.append(where, newer, ' ', older);
    table.closest('.table-scroll')?.after(pager);

    let matching: IndexRow[] = [];
    let page = 1;
    let loaded: IndexData | undefined;
    const show = () => {
      const count = pageCount(matching.length);
      table.tBodies[0].replaceChildren(...pageItems(matching, page).map((r) => renderRow(r, loaded!, withCountry)));
      pager.hidden = count < 2;
      where.textContent = pageWords.pageOf(page, count);
      newer.disabled = page <= 1;
      older.disabled = page >= count;
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
      status.textContent = 'Loading the index…';
      let d: IndexData;
      try {
        d = await loadIndex();
      } catch (err) {
        status.textContent = 'The filter could not load the index. The pages below list every incident.';
        console.warn('incident filter:', err);
        return;
      }
      if (mine !== request) return; // a later change won
      loaded = d;
      for (const nav of document.querySelectorAll<HTMLElement>('[data-pagination]')) nav.hidden = true;
      // The results start from the index's first page whichever static page they replace: the heading drops its "page n".
      const heading = document.querySelector<HTMLElement>('[data-index-title]');
      if (heading) heading.textContent = heading.dataset.indexTitle!;
      matching = filterRows(d.rows, f);
      page = 1;
      show();
      status.textContent = filterStatus(matching.map(pointDated), total, f);
      empty.hidden = matching.length > 0;
    };
    const fromForm = (): IncidentFilter => parseFilter(new URLSearchParams(filterKeys.map((k) => [k, field(k).value])));
    const update = () => {
      const f = fromForm();
      const q = filterQuery(f);
      // A filtered view is the index's, whichever static page it started from.
      history.replaceState(null, '', `${routes.incidents()}${q ? `?${q}` : ''}`);
      void apply(f);
    };

    const initial = parseFilter(location.search);
    for (const k of filterKeys) {
      const input = field(k);
      input.value = initial[k];
      // An id in the URL that no option offers (a typo, a removed actor) would otherwise filter invisibly.
      if (input.value !== initial[k]) initial[k] = '';
    }
    form.hidden = false;
    if (!isEmpty(initial)) void apply(initial);
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update();
    });
    form.addEventListener('reset', () => setTimeout(update));
  }
}
customElements.define('incident-filter', IncidentFilterElement);
