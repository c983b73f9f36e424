/**
 * `<incident-map>`: the light part of every map, loaded with the page. It wires the date-range
 * control to the page's list (which works even if the map never loads) and to the URL, and
 * loads MapLibre and the map data only when the map comes into view.
 */
import { langOf, routes } from '../../domain/routes.ts';
import { formatDay } from '../../domain/dates.ts';
import { words } from '../../translations/index.ts';
import type { MapSettings, MapView } from './map-view.ts';
import { filterList, queryWithRange, rangeFromQuery, type DateRange } from './time-range.ts';

const lang = langOf(location.pathname);
const t = words(lang).mapView;
/** How long a map that failed to load waits before its one more try. */
const retryAfterMs = 1500;

class IncidentMap extends HTMLElement {
  #view?: MapView;
  #range: DateRange = {};
  #areaDates: string[] | 'all' = 'all';
  #observer?: IntersectionObserver;
  #only?: ReadonlySet<string>;

  /**
   * Public hook for a page that filters its incidents itself (the filtered view of
   * `/incidents/`): the map shows only these ids, now or once it loads; undefined shows all.
   */
  showOnly(ids: ReadonlySet<string> | undefined): void {
    this.#only = ids;
    this.#view?.setOnly(ids);
    this.#announce();
  }

  connectedCallback() {
    const d = this.dataset;
    for (const e of this.querySelectorAll('[data-map-js]')) e.removeAttribute('hidden');
    this.#wireTimeFilter();
    this.#wireAreaCompare();
    if (!d.listId || !document.getElementById(d.listId)) this.querySelector('[data-list-link]')?.remove();

    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#load();
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #settings(): MapSettings {
    const d = this.dataset;
    const json = <T>(v: string | undefined, fallback: T): T => (v ? (JSON.parse(v) as T) : fallback);
    return {
      label: d.label ?? t.defaultLabel,
      pointsUrl: d.pointsUrl ?? routes.mapPoints(),
      basemapUrl: d.basemapUrl ?? routes.mapBasemap(),
      townsUrl: d.townsUrl ?? routes.mapTowns(),
      areasUrl: d.areasUrl ?? routes.mapAreas(),
      styleUrl: d.styleUrl || undefined,
      filter: json(d.filter, {}),
      focus: d.focus || undefined,
      areas: json(d.areas, []),
      listId: d.listId || undefined,
      range: this.#range,
      only: this.#only,
    };
  }

  async #load() {
    const container = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!container) return;
    this.dataset.state = 'loading';
    try {
      await this.#create(container).catch(async (err: unknown) => {
        // A connection that drops for a moment, or a graphics context the browser cannot give
        // at once: one more try after a pause (failed data loads are not cached).
        console.warn('incident map, trying again:', err);
        await new Promise((wait) => setTimeout(wait, retryAfterMs));
        container.replaceChildren();
        await this.#create(container);
      });
    } catch (err) {
      this.dataset.state = 'failed';
      const status = this.querySelector('[data-map-poster] p');
      if (status) status.textContent = t.failed;
      console.warn('incident map:', err);
      return;
    }
    // The static poster stays until the map has drawn once.
    const poster = this.querySelector<HTMLElement>('[data-map-poster]');
    const hide = () => poster?.remove();
    if (this.dataset.state === 'ready') hide();
    else new MutationObserver((_, obs) => {
      if (this.dataset.state === 'ready') {
        hide();
        obs.disconnect();
      }
    }).observe(this, { attributes: true, attributeFilter: ['data-state'] });
  }

  async #create(container: HTMLElement): Promise<void> {
    const { createMapView } = await import('./map-view.ts');
    const settings = this.#settings();
    this.#view = await createMapView(this, container, settings);
    this.#view.showAreaDates(this.#areaDates);
    // A filter set while the map was loading.
    if (this.#only !== settings.only) this.#view.setOnly(this.#only);
    this.#announce();
  }

  #wireTimeFilter() {
    const form = this.querySelector<HTMLFormElement>('[data-time-filter]');
    if (!form) return;
    const from = form.elements.namedItem('from') as HTMLInputElement;
    const to = form.elements.namedItem('to') as HTMLInputElement;
    this.#range = rangeFromQuery(location.search);
    from.value = this.#range.from ?? '';
    to.value = this.#range.to ?? '';
    form.hidden = false;

    const apply = (push: boolean) => {
      this.#range = { from: from.value || undefined, to: to.value || undefined };
      if (this.#range.from && this.#range.to && this.#range.from > this.#range.to) {
        this.#range = { from: this.#range.to, to: this.#range.from };
      }
      if (push) history.replaceState(history.state, '', `${location.pathname}${queryWithRange(location.search, this.#range)}${location.hash}`);
      this.#filterList();
      this.#view?.setRange(this.#range);
      this.#announce();
    };
    form.addEventListener('change', () => apply(true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply(true);
    });
    form.addEventListener('reset', () => setTimeout(() => apply(true)));
    if (this.#range.from || this.#range.to) apply(false);
  }

  #filterList() {
    const id = this.dataset.listId;
    if (id) filterList(document.getElementById(id), this.#range);
  }

  #announce() {
    const status = this.querySelector('[data-map-status]');
    if (!status || !this.#view) return;
    const { from, to } = this.#range;
    const n = this.#view.count();
    const day = (iso: string) => formatDay(iso, lang);
    const when = from && to ? t.fromTo(day(from), day(to)) : from ? t.fromOnly(day(from)) : to ? t.toOnly(day(to)) : '';
    status.textContent = t.status(n, when);
  }

  #wireAreaCompare() {
    const group = this.querySelector<HTMLElement>('[data-area-compare]');
    if (!group) return;
    group.hidden = false;
    // The choice is kept in the URL (`?areas=2024-07-24`, `?areas=compare`) beside the date range,
    // so a shared link shows the same areas; the page's default choice leaves the URL alone.
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const inUrl = new URLSearchParams(location.search).get(AREAS_PARAM);
    const wanted = inUrl ? radios.find((r) => areasParam(r.value) === inUrl) : undefined;
    if (wanted) wanted.checked = true;
    const remember = (radio: HTMLInputElement) => {
      const q = new URLSearchParams(location.search);
      if (radio.defaultChecked) q.delete(AREAS_PARAM);
      else q.set(AREAS_PARAM, areasParam(radio.value));
      const search = q.toString();
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    };
    // A radio's value is the comma-separated dates it shows, or "all".
    const pick = (value: string) => {
      this.#areaDates = value === 'all' ? 'all' : value.split(',');
      this.#view?.showAreaDates(this.#areaDates);
      for (const item of this.querySelectorAll<HTMLElement>('[data-area-date]')) {
        item.classList.toggle('is-dimmed', this.#areaDates !== 'all' && !this.#areaDates.includes(item.dataset.areaDate!));
      }
    };
    const checked = group.querySelector<HTMLInputElement>('input:checked');
    if (checked) pick(checked.value);
    group.addEventListener('change', (e) => {
      const radio = e.target as HTMLInputElement;
      pick(radio.value);
      remember(radio);
    });
  }
}

const AREAS_PARAM = 'areas';
/** A radio's value in the URL: its date, or "compare" for two dates side by side. */
const areasParam = (value: string) => (value.includes(',') ? 'compare' : value);

customElements.define('incident-map', IncidentMap);
