/**
 * `<near-place>`: the "incidents near a place" page. Reads `?place=&km=` (or `lat`/`lon`
 * from incident pages), loads the place list and the maps' point data, and lists the
 * incidents within the distance, nearest first. Record text is only ever set as text.
 */
import { decodePoints, pointDated, type MapPoint, type PointsFile } from '../../domain/map-points.ts';
import { formatIncidentDate } from '../../domain/dates.ts';
import { formatRange } from '../../domain/ranges.ts';
import type { PlacesFile } from '../../domain/search-places.ts';
import { incidentName, placeLabel, resolvePlace, toPlace, within, type Place } from './near.ts';
import { nearUrl, parseNearQuery, type NearQuery } from './near-url.ts';
import { langOf, routesFor } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';
import { el } from '../dom.ts';


async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const lang = langOf(location.pathname);
const t = words(lang).near;
const routes = routesFor(lang);

function formatKm(km: number): string {
  return km < 1 ? t.underOneKm : t.km(Math.round(km));
}

class NearPlace extends HTMLElement {
  private places: Place[] = [];
  private points: MapPoint[] = [];
  private actorLabels = new Map<string, string>();
  private countryNames = new Map<string, string>();

  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-near-status]')!;
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="place"]')!;
    const km = form.querySelector<HTMLSelectElement>('select[name="km"]')!;
    const q = parseNearQuery(location.search);
    input.value = q.place;
    km.value = String(q.km);
    status.textContent = t.loading;
    try {
      const [places, points] = await Promise.all([getJson<PlacesFile>(routes.searchPlaces()), getJson<PointsFile>(routes.mapPoints())]);
      this.places = places.places.map(toPlace);
      const decoded = decodePoints(points);
      this.points = decoded.points;
      this.actorLabels = decoded.actorLabels;
      this.countryNames = decoded.countryNames;
    } catch (e) {
      status.textContent = t.loadFailed;
      console.warn(e);
      return;
    }
    this.querySelector('[data-near-fallback]')?.remove();
    this.fillDatalist();
    if (q.place || q.lat !== undefined) this.show(q);
    else status.textContent = t.choose;
  }

  private fillDatalist() {
    const list = this.querySelector('datalist')!;
    const seen = new Set<string>();
    for (const p of this.places) {
      for (const name of [p.name, ...p.aliases]) {
        const label = placeLabel({ name, country: p.country });
        if (seen.has(label)) continue;
        seen.add(label);
        list.append(new Option(label, label));
      }
    }
  }

  private show(q: NearQuery) {
    const status = this.querySelector<HTMLElement>('[data-near-status]')!;
    const heading = this.querySelector<HTMLElement>('[data-near-heading]')!;
    const list = this.querySelector<HTMLOListElement>('[data-near-results]')!;
    const others = this.querySelector<HTMLElement>('[data-near-others]')!;
    list.replaceChildren();
    others.replaceChildren();

    let centre: { lat: number; lon: number; label: string } | undefined;
    const { place, others: alternatives } = q.place ? resolvePlace(this.places, q.place) : { place: undefined, others: [] };
    if (q.lat !== undefined && q.lon !== undefined) {
      centre = { lat: q.lat, lon: q.lon, label: q.place || `${q.lat}, ${q.lon}` };
    } else if (place) {
      centre = { lat: place.lat, lon: place.lon, label: placeLabel(place) };
      this.listOthers(alternatives, q.km, t.otherPlaces);
    }
    if (!centre) {
      heading.textContent = t.notFound;
      status.textContent = q.place ? t.noPlace(q.place) : t.choose;
      this.listOthers(alternatives, q.km, t.didYouMean);
      return;
    }
    const found = within(this.points, centre.lat, centre.lon, q.km);
    heading.textContent = t.heading(q.km, centre.label);
    status.textContent = found.length === 0 ? t.none(q.km, centre.label) : t.found(found.length, q.km, centre.label);
    list.append(...found.map(({ item, km }) => this.renderPoint(item, km)));
  }

  private listOthers(places: Place[], km: number, intro: string) {
    const box = this.querySelector<HTMLElement>('[data-near-others]')!;
    if (places.length === 0) return;
    box.append(el('p', undefined, intro));
    const ul = el('ul');
    for (const p of places) {
      const li = el('li');
      const a = el('a', undefined, placeLabel(p));
      a.href = nearUrl({ place: p.name, lat: p.lat, lon: p.lon, km }, lang);
      li.append(a);
      ul.append(li);
    }
    box.append(ul);
  }

  private renderPoint(p: MapPoint, km: number): HTMLLIElement {
    const li = el('li', 'near-result');
    const a = el('a', undefined, incidentName(p.id));
    a.href = routes.incident(encodeURIComponent(p.id));
    const h = el('h3');
    h.append(a);
    const facts = el('p', 'near-facts');
    const date = formatIncidentDate(pointDated(p), lang);
    const who = p.perpetrators.map((id) => this.actorLabels.get(id) ?? id).join(', ');
    facts.append(
      el('span', 'near-km', formatKm(km)),
      ' · ',
      el('time', undefined, date),
      ' · ',
      `${p.place}, ${this.countryNames.get(p.country) ?? p.country}`,
      ' · ',
      who,
      ' · ',
      t.killed(formatRange(p.killed ? { ...p.killed, claims: 1 } : undefined, lang)),
    );
    facts.querySelector('time')!.dateTime = p.date;
    li.append(h, facts);
    return li;
  }
}

customElements.define('near-place', NearPlace);
