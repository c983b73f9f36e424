/**
 * The popup that lists the incidents at a spot, each linking to its page. One popup per map:
 * opening another spot replaces it, and Escape hands the keyboard back to the map.
 */
import * as maplibregl from 'maplibre-gl';
import { formatIncidentDate } from '../../domain/dates.ts';
import { pointDated, type DecodedPoints } from '../../domain/map-points.ts';
import { formatRange } from '../../domain/ranges.ts';
import { langOf, routesFor } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';
import { el } from '../dom.ts';

const POPUP_MAX_ITEMS = 8;

/** The popup's list; `indexes` index `data.points`. Record text is only ever set as text. */
function popupContent(data: DecodedPoints, indexes: number[]): HTMLElement {
  const lang = langOf(location.pathname);
  const t = words(lang).mapView;
  const box = el('div', 'map-popup');
  const list = el('ul');
  for (const i of indexes.slice(0, POPUP_MAX_ITEMS)) {
    const p = data.points[i];
    if (!p) continue;
    const li = el('li');
    const countryName = data.countryNames.get(p.country) ?? p.country;
    const a = el('a', undefined, p.place === countryName ? countryName : `${p.place}, ${countryName}`);
    // The incident's page in the reader's language.
    a.href = routesFor(lang).incident(encodeURIComponent(p.id));
    li.append(a);
    li.append(el('span', 'map-popup__date', formatIncidentDate(pointDated(p), lang)));
    li.append(el('span', undefined, t.popupBy(p.perpetrators.map((x) => data.actorLabels.get(x) ?? x).join(', '))));
    li.append(el('span', undefined, t.popupKilled(formatRange(p.killed && { ...p.killed, claims: 1 }, lang))));
    li.append(el('span', 'map-popup__precision', t.precision[p.geoPrecision]));
    list.append(li);
  }
  box.append(list);
  if (indexes.length > POPUP_MAX_ITEMS) box.append(el('p', 'map-popup__more', t.moreHere(indexes.length - POPUP_MAX_ITEMS)));
  return box;
}

export interface Popups {
  /** Opens the popup at `lngLat` listing the incidents `indexes` (into `data.points`). */
  open(lngLat: maplibregl.LngLatLike, indexes: number[]): void;
  close(): void;
}

export function createPopups(map: maplibregl.Map, container: HTMLElement, data: DecodedPoints): Popups {
  const popup = new maplibregl.Popup({ maxWidth: '300px', focusAfterOpen: true, closeButton: true });
  // Escape closes the popup and gives the keyboard back to the map.
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && popup.isOpen() && popup.getElement()?.contains(document.activeElement)) {
      popup.remove();
      map.getCanvas().focus();
    }
  });
  return {
    open(lngLat, indexes) {
      // Newest first, as in the page's lists (points are stored oldest first).
      const sorted = [...new Set(indexes)].sort((a, b) => b - a);
      popup.setLngLat(lngLat).setDOMContent(popupContent(data, sorted)).addTo(map);
    },
    close: () => popup.remove(),
  };
}
