/**
 * The map's own sources and layers on top of the basemap: incidents (clustered), areas of
 * reach and the focus ring; and which shape and colour each incident is drawn with.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { killedHigh, type MapPoint } from '../../domain/map-points.ts';
import { drawingOf, haloGroups, haloPixelsAtZoom0 } from '../../domain/map-precision.ts';
import { AREA_SOURCE, BASEMAP_MAX_ZOOM, CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, FOCUS_SOURCE, HALO_SOURCE, INCIDENT_SOURCE, LAYERS, MIXED_SLOT, overlayLayers } from '../../domain/map-style.ts';
import { assignSlots, OTHER_SLOT } from '../../domain/map-symbols.ts';
import { addShapeIcons } from './icons.ts';

export interface Symbols {
  /** Actor id → slot, for the actors with a slot of their own. */
  slots: Map<string, number>;
  /** The slot of an incident: its first perpetrator that has one, else "other". */
  slotOf(p: MapPoint): number;
}

/** Slots ranked over every incident, not just this map's, so an actor looks the same on every map. */
export function symbolsOf(all: MapPoint[]): Symbols {
  const slots = assignSlots(all.map((p) => p.perpetrators));
  return { slots, slotOf: (p) => slots.get(p.perpetrators.find((a) => slots.has(a)) ?? '') ?? OTHER_SLOT };
}

export interface Overlay {
  /** Draws these points; the caller leaves out those known only to their country. */
  showPoints(points: MapPoint[]): void;
  showAreas(areas: FeatureCollection): void;
  /** Outlines these countries (ISO3): their incidents known only to the country are listed beside the map. */
  outlineCountries(iso3: string[]): void;
}

/** Adds the icons, sources and layers (once the style has loaded); points start empty. */
export function addOverlay(map: maplibregl.Map, all: MapPoint[], { slotOf }: Symbols, focus: MapPoint | undefined, areas: FeatureCollection, font: string[]): Overlay {
  const indexOf = new Map(all.map((p, i) => [p, i]));
  // Only numbers go to the worker (cheap to copy at 100,000 points); `i` indexes `all`.
  const pins = (points: MapPoint[]): FeatureCollection<Point> => ({
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { i: indexOf.get(p)!, slot: slotOf(p), kh: killedHigh(p) },
    })),
  });
  const halos = (points: MapPoint[]): FeatureCollection<Point> => ({
    type: 'FeatureCollection',
    features: haloGroups(points).map((g, h) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [g.lon, g.lat] },
      // `hr` is the halo's radius at zoom 0; `ii` the incidents it stands for (indexes into `all`).
      properties: { h, n: g.points.length, ii: g.points.map((p) => indexOf.get(p)!).join(','), slot: sharedSlot(g.points, slotOf), hr: haloPixelsAtZoom0(g.precision, g.lat) },
    })),
  });

  addShapeIcons(map);
  map.addSource(INCIDENT_SOURCE, { type: 'geojson', data: pins([]), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS });
  map.addSource(HALO_SOURCE, { type: 'geojson', data: halos([]) });
  map.addSource(AREA_SOURCE, { type: 'geojson', data: areas });
  map.addSource(FOCUS_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: focus ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [focus.lon, focus.lat] }, properties: {} }] : [] },
  });
  for (const layer of overlayLayers(font)) map.addLayer(layer);

  return {
    showPoints(points) {
      const pinned = points.filter((p) => drawingOf(p.geoPrecision) === 'symbol');
      map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!.setData(pins(pinned));
      map.getSource<maplibregl.GeoJSONSource>(HALO_SOURCE)!.setData(halos(points.filter((p) => drawingOf(p.geoPrecision) === 'halo')));
    },
    showAreas: (fc) => map.getSource<maplibregl.GeoJSONSource>(AREA_SOURCE)?.setData(fc),
    outlineCountries(iso3) {
      // Only the offline basemap has the layer; a deployer's style has no country shapes of ours.
      if (map.getLayer(LAYERS.countryOutline)) map.setFilter(LAYERS.countryOutline, ['all', ['==', ['get', 'k'], 'land'], ['in', ['get', 'iso3'], ['literal', iso3]]]);
    },
  };
}

/** The slot every incident of a halo shares, else `MIXED_SLOT`. */
function sharedSlot(points: readonly MapPoint[], slotOf: Symbols['slotOf']): number {
  const first = slotOf(points[0]);
  return points.every((p) => slotOf(p) === first) ? first : MIXED_SLOT;
}

/**
 * Zooms in on a cluster just far enough for it to break apart, never past `BASEMAP_MAX_ZOOM`
 * (beyond it the basemap has nothing to show). A cluster that would only break apart beyond
 * it (incidents at one spot) is not zoomed into: `list` gets the indexes of its incidents.
 */
export async function expandCluster(map: maplibregl.Map, f: maplibregl.MapGeoJSONFeature, list: (at: [number, number], indexes: number[]) => void): Promise<void> {
  const src = map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!;
  const id = f.properties.cluster_id as number;
  const at = (f.geometry as Point).coordinates as [number, number];
  const zoom = await src.getClusterExpansionZoom(id);
  if (zoom > BASEMAP_MAX_ZOOM) {
    const leaves = await src.getClusterLeaves(id, Infinity, 0);
    list(at, leaves.map((l) => l.properties!.i as number));
    return;
  }
  map.easeTo({ center: at, zoom: Math.min(zoom, map.getMaxZoom()) });
}
