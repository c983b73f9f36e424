/** The format of `/map/areas.json`, written at build time (`build/map-areas.ts`) and read by the maps. */
import type { Geometry } from 'geojson';

export interface MapArea {
  id: string;
  actor: string;
  actorLabel: string;
  /** ISO date. */
  asOf: string;
  kind: string;
  sources: { id: string; title: string }[];
  geometry: Geometry;
  /** Where the label goes: deep inside the largest polygon. */
  labelAt: [number, number];
}
