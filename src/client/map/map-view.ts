/**
 * The MapLibre map of an `<incident-map>` element, loaded on demand (this module pulls in
 * MapLibre, about 1 MB, so the element imports it only once the map scrolls into view).
 * Points, clusters, popups, legend, areas of reach and the keyboard all live here.
 */
import * as maplibregl from 'maplibre-gl';
// As a URL, not an import: Astro would otherwise link this CSS from every page with a map,
// before the map is ever seen.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
// The worker is served from the site itself (CSP: worker-src 'self' blob:), never a CDN.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapArea } from '../../build/map-areas.ts';
import { killedHigh, type MapPoint } from '../../domain/map-points.ts';
import {
  AREA_SOURCE, CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, FOCUS_SOURCE, FONT_BOLD, INCIDENT_SOURCE, LAYERS, offlineStyle, overlayLayers, slotColour,
} from '../../domain/map-style.ts';
import { assignSlots, OTHER_SLOT, SIZE_STOPS, SYMBOL_SLOTS } from '../../domain/map-symbols.ts';
import { formatIncidentDate, formatDay } from '../../domain/dates.ts';
import { formatRange } from '../../domain/ranges.ts';
import { loadAreas, loadBasemap, loadPoints } from './map-data.ts';
import { inRange, type DateRange } from './time-range.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapSettings {
  /** Accessible name of the map. */
  label: string;
  /** Site base path, ending with `/`. */
  base: string;
  pointsUrl: string;
  basemapUrl: string;
  areasUrl: string;
  /** A deployer's own style (PUBLIC_MAP_STYLE_URL) instead of the offline basemap. */
  styleUrl?: string;
  filter: { country?: string; actor?: string; ids?: string[] };
  focus?: string;
  areas: string[];
  /** Id of the page's list of the same incidents (the map's text equivalent). */
  listId?: string;
  range: DateRange;
}

export interface MapView {
  setRange(range: DateRange): void;
  /** Shows the areas of the given dates (ISO) or, with `'all'`, of every date; older ones are dashed. */
  showAreaDates(dates: string[] | 'all'): void;
  /** Points the map currently shows. */
  count(): number;
}

/** West Africa and the Sahel, the view when there is nothing else to fit. */
const DEFAULT_BOUNDS: [number, number, number, number] = [-18, 4, 16, 25];
/** The map may not pan beyond the offline basemap (a deployer's basemap has no such edge). */
const OFFLINE_MAX_BOUNDS: [number, number, number, number] = [-26, -6, 40, 42];
const POPUP_MAX_ITEMS = 6;

/** Draws each slot's shape into an icon image: white halo, colour fill, dark outline. */
function shapeImage(slot: number): ImageData {
  const ratio = 2;
  const size = 32 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.translate(16, 16);
  ctx.scale(0.82, 0.82);
  ctx.translate(-16, -16);
  const path = new Path2D(SYMBOL_SLOTS[slot].path);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4.5;
  ctx.stroke(path);
  ctx.fillStyle = SYMBOL_SLOTS[slot].colour;
  ctx.fill(path);
  ctx.strokeStyle = '#1b1f24';
  ctx.lineWidth = 1.3;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, size, size);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** An inline SVG of a slot's shape for the legend (same path as the map's icon). */
function legendSwatch(slot: number, scale = 1, colour = SYMBOL_SLOTS[slot].colour): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('width', String(Math.round(18 * scale)));
  svg.setAttribute('height', String(Math.round(18 * scale)));
  svg.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', SYMBOL_SLOTS[slot].path);
  p.setAttribute('fill', colour);
  p.setAttribute('stroke', '#1b1f24');
  p.setAttribute('stroke-width', '1.5');
  svg.append(p);
  return svg;
}

function selectPoints(all: MapPoint[], filter: MapSettings['filter']): MapPoint[] {
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  return all.filter((p) => (!ids || ids.has(p.id)) && (!filter.country || p.country === filter.country) && (!filter.actor || p.perpetrators.includes(filter.actor)));
}

function boundsOf(coords: [number, number][]): [number, number, number, number] | undefined {
  if (!coords.length) return undefined;
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

/** Widens a box around its centre to at least `w` by `h` degrees, so a few close points still show their region. */
function atLeast([w0, s0, e0, n0]: [number, number, number, number], w: number, h: number): [number, number, number, number] {
  const cx = (w0 + e0) / 2;
  const cy = (s0 + n0) / 2;
  const hw = Math.max(e0 - w0, w) / 2;
  const hh = Math.max(n0 - s0, h) / 2;
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** The bounding box of a country's land in the offline basemap. */
function countryBounds(basemap: FeatureCollection, iso3: string): [number, number, number, number] | undefined {
  const coords: [number, number][] = [];
  for (const f of basemap.features) {
    if (f.properties?.k !== 'land' || f.properties.iso3 !== iso3) continue;
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) for (const c of p[0]) coords.push(c as [number, number]);
  }
  return boundsOf(coords);
}

async function loadStyle(s: MapSettings, basemap: Promise<FeatureCollection> | undefined): Promise<{ style: maplibregl.StyleSpecification; font: string[] }> {
  if (!s.styleUrl) return { style: offlineStyle((await basemap)!, s.filter.country), font: FONT_BOLD };
  const res = await fetch(s.styleUrl);
  if (!res.ok) throw new Error(`${s.styleUrl}: HTTP ${res.status}`);
  const text = await res.text();
  // A self-hosted PMTiles archive needs its protocol; the library loads only for such styles.
  if (text.includes('pmtiles://')) {
    const { Protocol } = await import('pmtiles');
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
  }
  const style = JSON.parse(text) as maplibregl.StyleSpecification;
  // Overlay labels use a font the deployer's glyphs serve: the first one the style itself uses.
  const used = style.layers.find((l) => l.type === 'symbol' && Array.isArray(l.layout?.['text-font']));
  const font = (used?.type === 'symbol' && (used.layout?.['text-font'] as string[])) || FONT_BOLD;
  return { style, font };
}

let cssLoaded: Promise<void> | undefined;
function loadCss(): Promise<void> {
  cssLoaded ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = maplibreCssUrl;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${maplibreCssUrl}: failed to load`));
    document.head.append(link);
  });
  return cssLoaded;
}

export async function createMapView(host: HTMLElement, container: HTMLElement, s: MapSettings): Promise<MapView> {
  const basemapPromise = s.styleUrl ? undefined : loadBasemap(s.basemapUrl);
  const [data, areas, { style, font }, basemap] = await Promise.all([
    loadPoints(s.pointsUrl),
    s.areas.length ? loadAreas(s.areasUrl) : Promise.resolve([] as MapArea[]),
    loadStyle(s, basemapPromise),
    basemapPromise,
    loadCss(),
  ]);
  const slots = assignSlots(data.points.map((p) => p.perpetrators));
  const slotOf = (p: MapPoint) => slots.get(p.perpetrators.find((a) => slots.has(a)) ?? '') ?? OTHER_SLOT;
  const mine = selectPoints(data.points, s.filter);
  const focus = s.focus ? data.points.find((p) => p.id === s.focus) : undefined;
  let range = s.range;
  let shown: MapPoint[] = [];

  // A country map shows the whole country, and any point recorded just beyond its border.
  const countryBox = s.filter.country && basemap ? countryBounds(basemap, s.filter.country) : undefined;
  const corners: [number, number][] = mine.map((p) => [p.lon, p.lat]);
  if (countryBox) corners.push([countryBox[0], countryBox[1]], [countryBox[2], countryBox[3]]);
  const initialBounds = atLeast(boundsOf(corners) ?? DEFAULT_BOUNDS, 8, 5);
  const map = new maplibregl.Map({
    container,
    style,
    ...(focus ? { center: [focus.lon, focus.lat], zoom: 6.5 } : { bounds: initialBounds, fitBoundsOptions: { padding: 48, maxZoom: 6.5 } }),
    maxBounds: s.styleUrl ? undefined : OFFLINE_MAX_BOUNDS,
    minZoom: 1.5,
    maxZoom: 13,
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
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', `${s.label}. Arrow keys pan, plus and minus zoom, Enter opens the incidents nearest the centre.`);
  if (s.listId && document.getElementById(s.listId)) canvas.setAttribute('aria-describedby', s.listId);

  const indexOf = new Map(data.points.map((p, i) => [p, i]));
  const features = (points: MapPoint[]): FeatureCollection<Point> => ({
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      // Only numbers go to the worker (cheap to copy at 30,000 points); `i` indexes data.points.
      properties: { i: indexOf.get(p)!, slot: slotOf(p), kh: killedHigh(p) },
    })),
  });

  const areaFeatures = (dates: string[] | 'all'): FeatureCollection => {
    const picked = areas.filter((a) => s.areas.includes(a.id) && (dates === 'all' || dates.includes(a.asOf)));
    const latest = picked.reduce((m, a) => (a.asOf > m ? a.asOf : m), '');
    const out: Feature[] = [];
    for (const a of picked) {
      const props = { colour: slotColour(slots.get(a.actor)), older: a.asOf < latest ? 1 : 0, label: `${a.actorLabel} · ${a.kind} as of ${formatDay(a.asOf)}` };
      out.push({ type: 'Feature', geometry: a.geometry, properties: props });
      out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: a.labelAt }, properties: props });
    }
    return { type: 'FeatureCollection', features: out };
  };


  function popupContent(indexes: number[]): HTMLElement {
    const box = el('div', 'map-popup');
    const list = el('ul');
    for (const i of indexes.slice(0, POPUP_MAX_ITEMS)) {
      const p = data.points[i];
      if (!p) continue;
      const li = el('li');
      const countryName = data.countryNames.get(p.country) ?? p.country;
      const a = el('a', undefined, p.place === countryName ? countryName : `${p.place}, ${countryName}`);
      a.href = `${s.base}incidents/${encodeURIComponent(p.id)}/`;
      li.append(a);
      li.append(el('span', 'map-popup__date', formatIncidentDate({ date: p.date, date_precision: p.datePrecision, end_date: p.endDate })));
      li.append(el('span', undefined, `By ${p.perpetrators.map((x) => data.actorLabels.get(x) ?? x).join(', ')}`));
      li.append(el('span', undefined, `Killed: ${formatRange(p.killed && { ...p.killed, claims: 1 })}`));
      list.append(li);
    }
    box.append(list);
    if (indexes.length > POPUP_MAX_ITEMS) box.append(el('p', 'map-popup__more', `and ${indexes.length - POPUP_MAX_ITEMS} more here: zoom in or see the list.`));
    return box;
  }

  const popup = new maplibregl.Popup({ maxWidth: '300px', focusAfterOpen: true, closeButton: true });
  function openPopup(lngLat: maplibregl.LngLatLike, indexes: number[]) {
    // Newest first, as in the page's lists (points are stored oldest first).
    const sorted = [...new Set(indexes)].sort((a, b) => b - a);
    popup.setLngLat(lngLat).setDOMContent(popupContent(sorted)).addTo(map);
  }
  // Escape closes the popup and gives the keyboard back to the map.
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && popup.isOpen() && popup.getElement()?.contains(document.activeElement)) {
      popup.remove();
      canvas.focus();
    }
  });

  async function expandCluster(f: maplibregl.MapGeoJSONFeature) {
    const src = map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!;
    const zoom = await src.getClusterExpansionZoom(f.properties.cluster_id as number);
    map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: Math.min(zoom, map.getMaxZoom()) });
  }

  /** Features of the points and clusters layers within `px` of a screen point, nearest first. */
  function featuresNear(at: maplibregl.Point, px: number) {
    const found = map.queryRenderedFeatures([[at.x - px, at.y - px], [at.x + px, at.y + px]], { layers: [LAYERS.points, LAYERS.clusters] });
    const dist = (f: maplibregl.MapGeoJSONFeature) => {
      const q = map.project((f.geometry as Point).coordinates as [number, number]);
      return Math.hypot(q.x - at.x, q.y - at.y);
    };
    return found.map((f) => ({ f, d: dist(f) })).sort((a, b) => a.d - b.d);
  }

  /** Opens what is under a screen point: a cluster zooms in, incidents open a popup. */
  function activate(at: maplibregl.Point, px: number): boolean {
    const near = featuresNear(at, px);
    if (!near.length) return false;
    const first = near[0].f;
    if (first.layer.id === LAYERS.clusters) {
      void expandCluster(first);
      return true;
    }
    // Every incident drawn at (nearly) the same spot goes in one popup.
    const here = near.filter((n) => n.f.layer.id === LAYERS.points && n.d <= near[0].d + 4).map((n) => n.f.properties.i as number);
    openPopup((first.geometry as Point).coordinates as [number, number], here);
    return true;
  }

  const ready = new Promise<void>((resolve) => map.once('load', () => resolve()));
  await ready;

  SYMBOL_SLOTS.forEach((_, i) => map.addImage(`incident-shape-${i}`, shapeImage(i), { pixelRatio: 2 }));
  map.addSource(INCIDENT_SOURCE, { type: 'geojson', data: features([]), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS });
  map.addSource(AREA_SOURCE, { type: 'geojson', data: areaFeatures('all') });
  map.addSource(FOCUS_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: focus ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [focus.lon, focus.lat] }, properties: {} }] : [] },
  });
  for (const layer of overlayLayers(font)) map.addLayer(layer);

  for (const layer of [LAYERS.points, LAYERS.clusters]) {
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }
  map.on('click', (e) => {
    activate(e.point, 6);
  });
  canvas.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const c = map.project(map.getCenter());
    if (activate(c, 40)) e.preventDefault();
  });

  const legend = host.querySelector<HTMLElement>('[data-map-legend]');
  function renderLegend() {
    if (!legend) return;
    const counts = new Map<number, number>();
    for (const p of shown) counts.set(slotOf(p), (counts.get(slotOf(p)) ?? 0) + 1);
    const names = new Map<number, string>([...slots].map(([actor, slot]) => [slot, data.actorLabels.get(actor) ?? actor]));
    const list = el('ul', 'map-legend__list');
    for (const slot of [...counts.keys()].sort((a, b) => a - b)) {
      const li = el('li');
      li.append(legendSwatch(slot), el('span', undefined, `${slot === OTHER_SLOT ? 'Other groups or unknown' : names.get(slot)} (${counts.get(slot)})`));
      list.append(li);
    }
    const sizes = el('p', 'map-legend__note');
    sizes.append('Size: people killed (high end of the reported range) ');
    // The same sizes as the map's symbols (the icons are drawn at 82% of their box).
    for (const [n, scale] of SIZE_STOPS.filter(([k]) => k === 0 || k === 10 || k === 100)) {
      const span = el('span', 'map-legend__size');
      span.append(legendSwatch(0, scale * 0.9, '#9aa0a6'), ` ${n === 100 ? '100+' : n}`);
      sizes.append(span);
    }
    const clusters = el('p', 'map-legend__note');
    const dot = el('span', 'map-legend__cluster', '12');
    dot.setAttribute('aria-hidden', 'true');
    clusters.append(dot, ' A number in a dark circle counts incidents grouped together; select it to zoom in.');
    legend.replaceChildren(list, sizes, clusters);
    legend.hidden = false;
  }

  function update() {
    shown = mine.filter((p) => inRange(p.date, range));
    map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!.setData(features(shown));
    host.dataset.pointCount = String(shown.length);
    renderLegend();
    popup.remove();
  }
  update();

  // Test hooks, set whenever the map comes to rest: how many incidents the drawn symbols and
  // clusters stand for, where clusters (canvas pixels, count) and up to 50 single symbols are, the zoom.
  map.on('idle', () => {
    const seen = new Set<string>();
    const clusters: [number, number, number][] = [];
    const singles: [number, number][] = [];
    let n = 0;
    for (const f of map.queryRenderedFeatures({ layers: [LAYERS.points, LAYERS.clusters] })) {
      const cluster = f.properties.cluster_id !== undefined;
      const key = cluster ? `c${f.properties.cluster_id}` : `p${f.properties.i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = cluster ? (f.properties.point_count as number) : 1;
      n += count;
      const at = map.project((f.geometry as Point).coordinates as [number, number]);
      if (cluster) clusters.push([Math.round(at.x), Math.round(at.y), count]);
      else if (singles.length < 50) singles.push([Math.round(at.x), Math.round(at.y)]);
    }
    host.dataset.renderedCount = String(n);
    host.dataset.clusters = JSON.stringify(clusters);
    host.dataset.symbols = JSON.stringify(singles);
    host.dataset.zoom = map.getZoom().toFixed(2);
    host.dataset.state = 'ready';
  });

  return {
    setRange(r) {
      range = r;
      update();
    },
    showAreaDates(dates) {
      map.getSource<maplibregl.GeoJSONSource>(AREA_SOURCE)?.setData(areaFeatures(dates));
    },
    count: () => shown.length,
  };
}
