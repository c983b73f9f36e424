/**
 * What a map says about itself on its host element each time it comes to rest: the
 * `<incident-map>` element waits for `data-state="ready"` to drop its poster, and the browser
 * tests read the rest, since a canvas has no DOM to inspect.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Point } from 'geojson';
import { LAYERS } from '../../domain/map-style.ts';

/**
 * How many incidents the drawn symbols, halos and clusters stand for, where clusters (canvas
 * pixels, count), up to 50 single symbols and up to 50 halo centres (with their counts) are, the zoom; and `data-state="ready"`.
 */
export function reportWhenIdle(map: maplibregl.Map, host: HTMLElement): void {
  map.on('idle', () => {
    const seen = new Set<string>();
    const clusters: [number, number, number][] = [];
    const singles: [number, number][] = [];
    let n = 0;
    const halos: [number, number, number][] = [];
    for (const f of map.queryRenderedFeatures({ layers: [LAYERS.points, LAYERS.halos, LAYERS.clusters] })) {
      const cluster = f.properties.cluster_id !== undefined;
      // A feature cut by tile edges comes back once per piece: count it once.
      const halo = f.layer.id === LAYERS.halos;
      const key = cluster ? `c${f.properties.cluster_id}` : halo ? `h${f.properties.h}` : `p${f.properties.i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = cluster ? (f.properties.point_count as number) : halo ? (f.properties.n as number) : 1;
      n += count;
      const at = map.project((f.geometry as Point).coordinates as [number, number]);
      if (cluster) clusters.push([Math.round(at.x), Math.round(at.y), count]);
      else if (halo) halos.push([Math.round(at.x), Math.round(at.y), count]);
      else if (singles.length < 50) singles.push([Math.round(at.x), Math.round(at.y)]);
    }
    host.dataset.renderedCount = String(n);
    host.dataset.clusters = JSON.stringify(clusters);
    host.dataset.symbols = JSON.stringify(singles);
    host.dataset.halos = JSON.stringify(halos.slice(0, 50));
    host.dataset.zoom = map.getZoom().toFixed(2);
    host.dataset.state = 'ready';
  });
}
