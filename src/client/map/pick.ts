/**
 * What a click, or Enter at the map's centre, selects: the nearest cluster zooms in, the
 * nearest incidents open in a popup. One rule for mouse and keyboard, so both find the same.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Point } from 'geojson';
import { LAYERS } from '../../domain/map-style.ts';
import { expandCluster } from './layers.ts';
import type { Popups } from './popups.ts';

/** Opens what is within `px` of a screen point; false when nothing is there. */
export type Pick = (at: maplibregl.Point, px: number) => boolean;

/** Features of the points and clusters layers within `px` of a screen point, nearest first. */
function featuresNear(map: maplibregl.Map, at: maplibregl.Point, px: number) {
  const found = map.queryRenderedFeatures([[at.x - px, at.y - px], [at.x + px, at.y + px]], { layers: [LAYERS.points, LAYERS.halos, LAYERS.clusters] });
  const dist = (f: maplibregl.MapGeoJSONFeature) => {
    const q = map.project((f.geometry as Point).coordinates as [number, number]);
    return Math.hypot(q.x - at.x, q.y - at.y);
  };
  return found.map((f) => ({ f, d: dist(f) })).sort((a, b) => a.d - b.d);
}

/** The incidents a symbol or halo stands for (indexes into the map's points). */
function incidentsOf(f: maplibregl.MapGeoJSONFeature): number[] {
  return f.layer.id === LAYERS.halos ? String(f.properties.ii).split(',').map(Number) : [f.properties.i as number];
}

export function createPick(map: maplibregl.Map, popups: Popups): Pick {
  return (at, px) => {
    const near = featuresNear(map, at, px);
    if (!near.length) return false;
    const first = near[0].f;
    if (first.layer.id === LAYERS.clusters) {
      void expandCluster(map, first, (lngLat, indexes) => popups.open(lngLat, indexes));
      return true;
    }
    // Every incident drawn at (nearly) the same spot goes in one popup; halos count by their centre.
    const here = near.filter((n) => n.f.layer.id !== LAYERS.clusters && n.d <= near[0].d + 4).flatMap((n) => incidentsOf(n.f));
    popups.open((first.geometry as Point).coordinates as [number, number], here);
    return true;
  };
}

/** A pointer over a symbol or cluster shows it can be clicked; a click picks within 6 px. */
export function wirePointer(map: maplibregl.Map, pick: Pick): void {
  const canvas = map.getCanvas();
  for (const layer of [LAYERS.points, LAYERS.halos, LAYERS.clusters]) {
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }
  map.on('click', (e) => {
    pick(e.point, 6);
  });
}
