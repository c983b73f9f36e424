/**
 * The MapLibre map of an `<incident-map>` element, loaded on demand (this module pulls in
 * MapLibre, about 1 MB, so the element imports it only once the map scrolls into view).
 * It makes the map and wires the parts in this folder: layers, popups, picking, keyboard,
 * legend, areas of reach.
 */
import * as maplibregl from 'maplibre-gl';
// The worker is served from the site itself (CSP: worker-src 'self' blob:), never a CDN.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapArea } from '../../domain/map-areas.ts';
import { inPeriod, type Period } from '../../domain/date-span.ts';
import { pointDated, type MapPoint } from '../../domain/map-points.ts';
import { drawingOf } from '../../domain/map-precision.ts';
import { BASEMAP_MAX_ZOOM, TOWNS_MIN_ZOOM, TOWNS_SOURCE } from '../../domain/map-style.ts';
import { langOf } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';
import { areaFeatures } from './areas.ts';
import { initialView, OFFLINE_MAX_BOUNDS } from './bounds.ts';
import { renderCountryOnly } from './country-only.ts';
import { reportWhenIdle } from './idle-report.ts';
import { labelCanvas, wireEnter } from './keyboard.ts';
import { addOverlay, symbolsOf } from './layers.ts';
import { renderLegend } from './legend.ts';
import { loadAreas, loadBasemap, loadPoints, loadTowns } from './map-data.ts';
import { createPick, wirePointer } from './pick.ts';
import { createPopups } from './popups.ts';
import { ResetViewControl } from './reset-view.ts';
import { loadCss, loadStyle } from './style.ts';
import { inRange, type DateRange } from './time-range.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapSettings {
  /** Accessible name of the map. */
  label: string;
  pointsUrl: string;
  basemapUrl: string;
  /** The basemap's detailed band, fetched once the map is zoomed in (default `/map/towns.json`). */
  townsUrl?: string;
  areasUrl: string;
  /** A deployer's own style (PUBLIC_MAP_STYLE_URL) instead of the offline basemap. */
  styleUrl?: string;
  filter: { country?: string; actor?: string; ids?: string[]; period?: Period };
  focus?: string;
  areas: string[];
  /** Id of the page's list of the same incidents (the map's text equivalent). */
  listId?: string;
  range: DateRange;
  /** Only these incident ids (the filtered view's matches); all when undefined. */
  only?: ReadonlySet<string>;
}

export interface MapView {
  setRange(range: DateRange): void;
  /** Shows only the incidents with these ids (undefined: all); see `IncidentMap.showOnly`. */
  setOnly(ids: ReadonlySet<string> | undefined): void;
  /** Shows the areas of the given dates (ISO) or, with `'all'`, of every date; older ones are dashed. */
  showAreaDates(dates: string[] | 'all'): void;
  /** Incidents the map currently stands for: drawn, or listed beside it when known only to their country. */
  count(): number;
  /** Back to the view the map opened with. */
  resetView(): void;
}

function selectPoints(all: MapPoint[], filter: MapSettings['filter']): MapPoint[] {
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  const { period } = filter;
  return all.filter(
    (p) =>
      (!ids || ids.has(p.id)) &&
      (!filter.country || p.country === filter.country) &&
      (!filter.actor || p.perpetrators.includes(filter.actor)) &&
      (!period || inPeriod(pointDated(p), period)),
  );
}

export async function createMapView(host: HTMLElement, container: HTMLElement, s: MapSettings): Promise<MapView> {
  const basemapPromise = s.styleUrl ? undefined : loadBasemap(s.basemapUrl);
  const [data, areas, { style, font }, basemap] = await Promise.all([
    loadPoints(s.pointsUrl),
    s.areas.length ? loadAreas(s.areasUrl) : Promise.resolve([] as MapArea[]),
    loadStyle(s.styleUrl, basemapPromise, s.filter.country),
    basemapPromise,
    loadCss(),
  ]);
  const symbols = symbolsOf(data.points);
  const mine = selectPoints(data.points, s.filter);
  const focus = s.focus ? data.points.find((p) => p.id === s.focus) : undefined;
  let range = s.range;
  let only = s.only;
  let shown: MapPoint[] = [];

  const start = initialView(s.only ? mine.filter((p) => s.only!.has(p.id)) : mine, focus, basemap, s.filter.country);
  const t = words(langOf(location.pathname)).mapView;
  const map = new maplibregl.Map({
    container,
    style,
    ...start,
    maxBounds: s.styleUrl ? undefined : OFFLINE_MAX_BOUNDS,
    minZoom: 1.5,
    // The offline basemap has nothing to show closer in than its towns and river banks.
    maxZoom: s.styleUrl ? 13 : BASEMAP_MAX_ZOOM + 1,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // A map inside a long page must not swallow the page's scrolling.
    cooperativeGestures: true,
    attributionControl: { compact: true },
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const resetView = () => {
    popups.close();
    if (start.bounds) map.fitBounds(start.bounds as maplibregl.LngLatBoundsLike, start.fitBoundsOptions);
    else map.easeTo({ center: start.center, zoom: start.zoom });
  };
  map.addControl(new ResetViewControl(t.resetView, resetView), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  labelCanvas(map, s.label, s.listId);
  const popups = createPopups(map, container, data);
  const areasOn = (dates: string[] | 'all') => areaFeatures(areas, s.areas, symbols.slots, dates);

  await new Promise<void>((resolve) => map.once('load', () => resolve()));

  const overlay = addOverlay(map, data.points, symbols, focus, areasOn('all'), font);
  if (!s.styleUrl) loadTownsWhenZoomed(map, s.townsUrl);
  const pick = createPick(map, popups);
  wirePointer(map, pick);
  wireEnter(map, pick);

  const legend = host.querySelector<HTMLElement>('[data-map-legend]');
  const countryBox = host.querySelector<HTMLElement>('[data-map-country-only]');
  function update() {
    shown = mine.filter((p) => (!only || only.has(p.id)) && inRange(pointDated(p), range));
    const drawn = shown.filter((p) => drawingOf(p.geoPrecision) !== 'country');
    const countryOnly = shown.filter((p) => drawingOf(p.geoPrecision) === 'country');
    overlay.showPoints(drawn);
    overlay.outlineCountries([...new Set(countryOnly.map((p) => p.country))]);
    renderCountryOnly(countryBox, countryOnly, data, s.listId);
    host.dataset.pointCount = String(shown.length);
    host.dataset.countryOnly = String(countryOnly.length);
    renderLegend(legend, drawn, symbols, data.actorLabels, drawn.some((p) => drawingOf(p.geoPrecision) === 'halo') ? t.haloNote : undefined);
    popups.close();
  }
  update();
  reportWhenIdle(map, host);

  return {
    setRange(r) {
      range = r;
      update();
    },
    setOnly(ids) {
      only = ids;
      update();
      // Look at what the filter kept (all of the map's incidents when it keeps none).
      const { bounds, fitBoundsOptions } = initialView(shown.length ? shown : mine, undefined, basemap, undefined);
      if (bounds) map.fitBounds(bounds, { ...fitBoundsOptions, duration: 0 });
    },
    showAreaDates: (dates) => overlay.showAreas(areasOn(dates)),
    count: () => shown.length,
    resetView,
  };
}

/** Fetches the basemap's detailed band the first time the map is at `TOWNS_MIN_ZOOM` or closer. */
function loadTownsWhenZoomed(map: maplibregl.Map, url: string | undefined): void {
  const check = () => {
    if (map.getZoom() < TOWNS_MIN_ZOOM - 0.5) return;
    map.off('zoomend', check);
    loadTowns(url)
      .then((fc) => map.getSource<maplibregl.GeoJSONSource>(TOWNS_SOURCE)?.setData(fc))
      .catch((err: unknown) => console.warn('incident map: towns', err));
  };
  map.on('zoomend', check);
  check();
}
