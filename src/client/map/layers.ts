/**
 * The map's own sources and layers on top of the basemap: incidents (clustered), areas of
 * reach and the focus ring; and which shape and colour each incident is drawn with.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { killedHigh, type MapPoint } from '../../domain/map-points.ts';
import { AREA_SOURCE, CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, FOCUS_SOURCE, INCIDENT_SOURCE, overlayLayers } from '../../domain/map-style.ts';
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
  showPoints(points: MapPoint[]): void;
  showAreas(areas: FeatureCollection): void;
}

/** Adds the icons, sources and layers (once the style has loaded); points start empty. */
export function addOverlay(map: maplibregl.Map, all: MapPoint[], { slotOf }: Symbols, focus: MapPoint | undefined, areas: FeatureCollection, font: string[]): Overlay {
  const indexOf = new Map(all.map((p, i) => [p, i]));
  const features = (points: MapPoint[]): FeatureCollection<Point> => ({
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      // Only numbers go to the worker (cheap to copy at 30,000 points); `i` indexes `all`.
      properties: { i: indexOf.get(p)!, slot: slotOf(p), kh: killedHigh(p) },
    })),
  });

  addShapeIcons(map);
  map.addSource(INCIDENT_SOURCE, { type: 'geojson', data: features([]), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS });
  map.addSource(AREA_SOURCE, { type: 'geojson', data: areas });
  map.addSource(FOCUS_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: focus ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [focus.lon, focus.lat] }, properties: {} }] : [] },
  });
  for (const layer of overlayLayers(font)) map.addLayer(layer);

  return {
    showPoints: (points) => map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!.setData(features(points)),
    showAreas: (fc) => map.getSource<maplibregl.GeoJSONSource>(AREA_SOURCE)?.setData(fc),
  };
}

/** Zooms in on a cluster just far enough for it to break apart. */
export async function expandCluster(map: maplibregl.Map, f: maplibregl.MapGeoJSONFeature): Promise<void> {
  const src = map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!;
  const zoom = await src.getClusterExpansionZoom(f.properties.cluster_id as number);
  map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: Math.min(zoom, map.getMaxZoom()) });
}
