/**
 * Areas of reach for the maps (`/map/areas.json`): every area record with its actor's label,
 * its date, its sources and a label point inside the shape. The maps draw the areas a page
 * asks for; the page itself lists them (dates and source links) as text.
 */
import polylabel from 'polylabel';
import type { Geometry } from 'geojson';
import type { RecordIndex } from '../records/record-index.ts';
import type { MapArea } from '../domain/map-areas.ts';
import { polygonsOf } from '../domain/polygons.ts';

export type { MapArea };

function ringArea(ring: number[][]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(a / 2);
}

export function buildMapAreas(records: Pick<RecordIndex, 'areas' | 'actorLabel' | 'source'>): MapArea[] {
  return [...records.areas]
    .sort((a, b) => (a.data.as_of < b.data.as_of ? -1 : a.data.as_of > b.data.as_of ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => {
      const g = a.data.geometry;
      const polys = polygonsOf(g);
      const main = polys.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
      const at = polylabel(main, 0.01);
      return {
        id: a.id,
        actor: a.data.actor,
        actorLabel: records.actorLabel(a.data.actor),
        asOf: a.data.as_of,
        kind: a.data.kind,
        sources: a.data.sources.map((s) => ({ id: s, title: records.source(s)?.data.title ?? s })),
        geometry: g as Geometry,
        labelAt: [Math.round(at[0] * 1e4) / 1e4, Math.round(at[1] * 1e4) / 1e4],
      };
    });
}
