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

/** What decides whether two zones of one actor can be read as change over time. */
export interface ZoneFacts {
  asOf: string;
  kind: string;
  sources: string[];
  drawnFrom: string;
}

/**
 * Why zones of one actor at different dates cannot be read as growth or retreat: they come from
 * different sources, are of different kinds, or were drawn differently. Empty when comparable.
 */
export function whyNotComparable(zones: ZoneFacts[]): ('sources' | 'kind' | 'drawing')[] {
  if (new Set(zones.map((z) => z.asOf)).size < 2) return [];
  const differ = (key: (z: ZoneFacts) => string) => new Set(zones.map(key)).size > 1;
  return [
    ...(differ((z) => [...z.sources].sort().join(' ')) ? (['sources'] as const) : []),
    ...(differ((z) => z.kind) ? (['kind'] as const) : []),
    ...(differ((z) => z.drawnFrom) ? (['drawing'] as const) : []),
  ];
}
