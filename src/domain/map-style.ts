/**
 * MapLibre style of the site's maps: the offline basemap (from `/map/basemap.json`) and the
 * overlay layers (incidents, clusters, areas of reach) that also go on top of a deployer's own
 * vector-tile style. Pure data, shared by the browser code and the unit tests.
 *
 * Text is drawn from local fonts: the offline style has no `glyphs` URL, which makes MapLibre
 * (GL JS 5.11 and later) rasterise labels in the browser from `text-font` read as a CSS font
 * list. No font, glyph, sprite or tile is ever fetched.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MAP_COLOURS as C, OTHER_SLOT, SIZE_STOPS, SYMBOL_SLOTS } from './map-symbols.ts';

export const BASEMAP_SOURCE = 'basemap';
export const INCIDENT_SOURCE = 'incidents';
/**
 * Incidents known only to their district or region, one feature per area (never clustered:
 * a cluster's bubble would sit at a point as if the place were known).
 */
export const HALO_SOURCE = 'incident-areas';
/** The `slot` of a halo that stands for incidents of several slots: drawn in the clusters' colour. */
export const MIXED_SLOT = -1;
export const AREA_SOURCE = 'areas';
export const FOCUS_SOURCE = 'focus';
/** The basemap's detailed band (`/map/towns.json`), filled once the reader zooms to `TOWNS_MIN_ZOOM`. */
export const TOWNS_SOURCE = 'towns';

/** The zoom from which the map fetches `/map/towns.json` and draws regional towns. */
export const TOWNS_MIN_ZOOM = 5.5;
/**
 * The closest zoom the offline basemap has something to show at (district seats, river banks):
 * a cluster click never zooms past it; incidents still stacked there open as a list.
 */
export const BASEMAP_MAX_ZOOM = 9;

/** Layer ids the browser code listens on. */
export const LAYERS = {
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  points: 'incident-points',
  halos: 'incident-halos',
  haloCount: 'incident-halo-count',
  countryOutline: 'country-outline',
  focus: 'incident-focus',
  areaFill: 'area-fill',
  areaLine: 'area-line',
  areaLabel: 'area-label',
  areaEdgeLabel: 'area-edge-label',
} as const;

/** CSS font families, tried in order (the site uses system fonts too). */
export const FONT = ['Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
export const FONT_BOLD = ['Noto Sans Bold', 'Liberation Sans Bold', 'DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];

/** Clusters form below this zoom; above it every incident is its own symbol. */
export const CLUSTER_MAX_ZOOM = 9;
export const CLUSTER_RADIUS = 42;

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'k'], k];

/**
 * Town dots and labels of one source: major towns from zoom 4.5, regional capitals from
 * `TOWNS_MIN_ZOOM`, smaller towns from zoom 7.5.
 */
function townLayers(source: string, suffix: string): LayerSpecification[] {
  const shown: ExpressionSpecification = ['all', kind('town'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, TOWNS_MIN_ZOOM, 2, 7.5, 3]]];
  return [
    {
      id: `town-dot${suffix}`, type: 'circle', source, minzoom: 4.5, filter: shown,
      paint: { 'circle-radius': ['match', ['get', 'rank'], 1, ['case', ['==', ['get', 'capital'], 1], 3.2, 2.6], 2, 2.4, 1.8], 'circle-color': C.town, 'circle-stroke-color': C.halo, 'circle-stroke-width': 1 },
    },
    {
      id: `town-label${suffix}`, type: 'symbol', source, minzoom: 4.5, filter: shown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': ['match', ['get', 'rank'], 1, ['case', ['==', ['get', 'capital'], 1], 13, 12], 2, 12, 11],
        // Right of the dot where there is room, else another side: labels dodge clusters and symbols.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-optional': true,
        'symbol-sort-key': ['-', 0, ['get', 'pop']],
      },
      paint: { 'text-color': C.town, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/** Layers of the offline basemap. `focusCountry` (ISO3) is shaded a little darker. */
export function basemapLayers(focusCountry?: string, lang: 'en' | 'fr' = 'en'): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': C.water } },
    { id: 'land', type: 'fill', source: BASEMAP_SOURCE, filter: kind('land'), paint: { 'fill-color': C.land } },
    {
      id: 'land-focus', type: 'fill', source: BASEMAP_SOURCE,
      filter: ['all', kind('land'), ['==', ['get', 'iso3'], focusCountry ?? '']],
      paint: { 'fill-color': C.landFocus },
    },
    { id: 'lake', type: 'fill', source: BASEMAP_SOURCE, filter: kind('lake'), paint: { 'fill-color': C.river } },
    // River areas are a few hundred metres wide: an outline keeps them visible as lines when zoomed out.
    { id: 'river', type: 'fill', source: BASEMAP_SOURCE, filter: kind('river'), paint: { 'fill-color': C.river } },
    {
      id: 'river-line', type: 'line', source: BASEMAP_SOURCE, filter: kind('river'),
      paint: { 'line-color': C.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1.3, 9, 1.6] },
    },
    {
      id: 'region-line', type: 'line', source: BASEMAP_SOURCE, minzoom: 3.5,
      filter: ['all', kind('region-line'), ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 6.5]]],
      paint: {
        'line-color': C.region,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, ['case', ['==', ['get', 'rank'], 1], 0.5, 0.4], 8, ['case', ['==', ['get', 'rank'], 1], 1.2, 0.5]],
        'line-opacity': ['case', ['==', ['get', 'rank'], 1], 1, 0.6],
      },
    },
    {
      id: 'coast', type: 'line', source: BASEMAP_SOURCE, filter: kind('coast'),
      paint: { 'line-color': C.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.4] },
    },
    {
      id: 'border', type: 'line', source: BASEMAP_SOURCE, filter: kind('border'),
      paint: { 'line-color': C.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 8, 1.8], 'line-dasharray': [3, 1.5] },
    },
    ...townLayers(BASEMAP_SOURCE, ''),
    ...townLayers(TOWNS_SOURCE, '-detail'),
    {
      id: 'region-label', type: 'symbol', source: BASEMAP_SOURCE, minzoom: 4.2, filter: kind('region-label'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4.2, 10, 8, 13],
        'text-letter-spacing': 0.04,
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: { 'text-color': C.regionLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'country-label', type: 'symbol', source: BASEMAP_SOURCE,
      filter: ['all', kind('country-label'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3.5, 2, 5, 3]]],
      layout: {
        // Country names in the page's language (the basemap carries `name_fr`); places are named as the data names them.
        'text-field': lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']],
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.6 },
    },
    {
      // Countries whose incidents are known only to the country: set by the map (`setFilter`).
      id: LAYERS.countryOutline, type: 'line', source: BASEMAP_SOURCE, filter: ['all', kind('land'), ['in', ['get', 'iso3'], ['literal', []]]],
      paint: { 'line-color': C.countryOnly, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
  ];
}

/** The slot's colour as a style expression over the `slot` property. */
const slotColourOf: ExpressionSpecification = ['match', ['get', 'slot'], ...SYMBOL_SLOTS.slice(0, -1).flatMap((s, i) => [i, s.colour]), SYMBOL_SLOTS[OTHER_SLOT].colour] as unknown as ExpressionSpecification;

/** A halo's colour: its slot's, or the clusters' when it stands for several slots. */
const haloColourOf: ExpressionSpecification = ['case', ['==', ['get', 'slot'], MIXED_SLOT], C.cluster, slotColourOf];

/** A halo's radius in pixels from `hr`, its radius at zoom 0: doubled per zoom level, so it keeps its size on the ground. */
const haloRadius: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'hr'], 20, ['*', ['get', 'hr'], 2 ** 20]];

/** Icon size from the high end of the killed range (`kh` property). */
const iconSize: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'kh'], ...SIZE_STOPS.flat()] as ExpressionSpecification;

/** Incident, cluster, focus and area layers; `font` is the label font stack to use. */
export function overlayLayers(font: string[] = FONT_BOLD): LayerSpecification[] {
  return [
    {
      id: LAYERS.areaFill, type: 'fill', source: AREA_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': ['case', ['==', ['get', 'older'], 1], 0.08, 0.2] },
    },
    {
      id: LAYERS.areaLine, type: 'line', source: AREA_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': ['get', 'colour'], 'line-width': 2.2, 'line-dasharray': ['case', ['==', ['get', 'older'], 1], ['literal', [2, 1.5]], ['literal', [1, 0]]] },
    },
    {
      // The label also runs along the outline, so any part of a zone in view is named, even
      // when its label point is off screen or the zone is in several pieces.
      id: LAYERS.areaEdgeLabel, type: 'symbol', source: AREA_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { 'symbol-placement': 'line', 'symbol-spacing': 320, 'text-field': ['get', 'label'], 'text-font': font, 'text-size': 11, 'text-offset': [0, 0.8], 'text-max-angle': 35 },
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': C.halo, 'text-halo-width': 2 },
    },
    {
      id: LAYERS.areaLabel, type: 'symbol', source: AREA_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
      layout: { 'text-field': ['get', 'label'], 'text-font': font, 'text-size': 12, 'text-max-width': 12, 'text-allow-overlap': false },
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': C.halo, 'text-halo-width': 2 },
    },
    {
      // Incidents known only to their district or region: the area they may lie in, not a pin.
      id: LAYERS.halos, type: 'circle', source: HALO_SOURCE,
      paint: { 'circle-radius': haloRadius, 'circle-color': haloColourOf, 'circle-opacity': 0.12, 'circle-stroke-color': haloColourOf, 'circle-stroke-width': 1.5, 'circle-stroke-opacity': 0.8 },
    },
    {
      // Several incidents known only to the same area share its halo: the number says how many.
      id: LAYERS.haloCount, type: 'symbol', source: HALO_SOURCE, filter: ['>', ['get', 'n'], 1],
      layout: { 'text-field': ['to-string', ['get', 'n']], 'text-font': font, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': haloColourOf, 'text-halo-color': C.halo, 'text-halo-width': 2 },
    },
    {
      id: LAYERS.clusters, type: 'circle', source: INCIDENT_SOURCE, filter: ['has', 'point_count'],
      paint: {
        'circle-color': C.cluster,
        'circle-opacity': 0.88,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 100, 22, 1000, 28],
        'circle-stroke-color': C.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.clusterCount, type: 'symbol', source: INCIDENT_SOURCE, filter: ['has', 'point_count'],
      // Always drawn, and (not ignoring placement) keeps basemap labels from running under it.
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': font, 'text-size': 13, 'text-allow-overlap': true, 'text-padding': 6 },
      paint: { 'text-color': C.clusterText },
    },
    {
      id: LAYERS.focus, type: 'circle', source: FOCUS_SOURCE,
      paint: { 'circle-radius': 19, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': C.focus, 'circle-stroke-width': 3 },
    },
    {
      id: LAYERS.points, type: 'symbol', source: INCIDENT_SOURCE, filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'incident-shape-', ['to-string', ['get', 'slot']]],
        'icon-size': iconSize,
        'icon-allow-overlap': true,
        // Big tolls under small ones so every symbol stays visible.
        'symbol-sort-key': ['-', 0, ['get', 'kh']],
      },
    },
  ];
}

/**
 * The offline basemap style. `basemap` is the parsed `/map/basemap.json` (fetched once per page
 * and shared by its maps) or its absolute URL.
 */
export function offlineStyle(basemap: string | GeoJSON.FeatureCollection, focusCountry?: string, lang: 'en' | 'fr' = 'en'): StyleSpecification {
  return {
    version: 8,
    name: 'Offline basemap',
    sources: {
      [BASEMAP_SOURCE]: { type: 'geojson', data: basemap, attribution: 'Natural Earth · GeoNames · © OpenStreetMap contributors' },
      [TOWNS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: basemapLayers(focusCountry, lang),
  };
}

/** Colour of an actor's slot (areas use the same colours as that actor's incidents). */
export function slotColour(slot: number | undefined): string {
  return SYMBOL_SLOTS[slot ?? OTHER_SLOT].colour;
}
