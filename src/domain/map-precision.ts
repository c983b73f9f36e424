/**
 * How a map draws an incident's place, by how precisely the record knows it: a point known to
 * the site or the town is a symbol; one known only to its district or region is a halo of the
 * matching radius, never an exact pin; one known only to its country is not drawn as a point at
 * all: the map lists it beside itself and outlines the country.
 */
import type { GeoPrecision } from './vocabulary.ts';

export type Drawing = 'symbol' | 'halo' | 'country';

/**
 * Radius of the halo in metres: about the reach of a district (a circle of 25 km is roughly a
 * West African department or cercle) and of a region (100 km: a Sahelian region's half-width).
 */
export const HALO_RADIUS_M: Partial<Record<GeoPrecision, number>> = { district: 25_000, region: 100_000 };

export function drawingOf(precision: GeoPrecision): Drawing {
  return precision === 'country' ? 'country' : HALO_RADIUS_M[precision] ? 'halo' : 'symbol';
}

/** Metres per pixel at zoom 0 on the equator of a 512-pixel world (MapLibre's). */
const METRES_PER_PX_Z0 = 40_075_016.686 / 512;

/**
 * The halo's radius in pixels at zoom 0 at latitude `lat` (0 for no halo); the map doubles it
 * per zoom level, so the halo keeps its size on the ground.
 */
export function haloPixelsAtZoom0(precision: GeoPrecision, lat: number): number {
  const m = HALO_RADIUS_M[precision];
  return m ? m / (METRES_PER_PX_Z0 * Math.cos((lat * Math.PI) / 180)) : 0;
}

export interface HaloGroup<P> {
  lon: number;
  lat: number;
  precision: GeoPrecision;
  points: P[];
}

/** Incidents known only to the same district or region sit at its one centre: one halo each area. */
export function haloGroups<P extends { lon: number; lat: number; geoPrecision: GeoPrecision }>(points: readonly P[]): HaloGroup<P>[] {
  const groups = new Map<string, HaloGroup<P>>();
  for (const p of points) {
    const key = `${p.lon},${p.lat},${p.geoPrecision}`;
    const g = groups.get(key);
    if (g) g.points.push(p);
    else groups.set(key, { lon: p.lon, lat: p.lat, precision: p.geoPrecision, points: [p] });
  }
  return [...groups.values()];
}
