/**
 * The polygons of a GeoJSON geometry as one shape, whether it is a Polygon or a MultiPolygon.
 * Pure and browser-safe, so the build and the browser can unwrap geometries the same way.
 */
import type { Geometry } from 'geojson';
import type { PolygonRings } from './geo.ts';

/** Each polygon as its rings (outer first); a geometry that is not a polygon has none. */
export function polygonsOf(g: Geometry): PolygonRings[] {
  // GeoJSON positions are [lon, lat] (any altitude is ignored), which is what geo.ts works on.
  return (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as PolygonRings[];
}
