/**
 * Where a map first looks and how far it may pan: around its own incidents (and a country
 * map around the whole country), never so tight that a few close points lose their region.
 */
import type { FeatureCollection } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { bbox, type PolygonRings, type Position } from '../../domain/geo.ts';
import type { MapPoint } from '../../domain/map-points.ts';
import { polygonsOf } from '../../domain/polygons.ts';

type Box = [number, number, number, number];

/** West Africa and the Sahel, the view when there is nothing else to fit. */
const DEFAULT_BOUNDS: Box = [-18, 4, 16, 25];
/** The map may not pan beyond the offline basemap (a deployer's basemap has no such edge). */
export const OFFLINE_MAX_BOUNDS: Box = [-26, -6, 40, 42];

/** The box around the polygons' outer rings, or undefined when they hold no point. */
function boxOf(polygons: PolygonRings[]): Box | undefined {
  const b = bbox(polygons);
  return Number.isFinite(b[0]) ? b : undefined;
}

/** Widens a box around its centre to at least `w` by `h` degrees, so a few close points still show their region. */
function atLeast([w0, s0, e0, n0]: Box, w: number, h: number): Box {
  const cx = (w0 + e0) / 2;
  const cy = (s0 + n0) / 2;
  const hw = Math.max(e0 - w0, w) / 2;
  const hh = Math.max(n0 - s0, h) / 2;
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** The bounding box of a country's land in the offline basemap. */
function countryBounds(basemap: FeatureCollection, iso3: string): Box | undefined {
  const land = basemap.features.filter((f) => f.properties?.k === 'land' && f.properties.iso3 === iso3);
  return boxOf(land.flatMap((f) => polygonsOf(f.geometry)));
}

/**
 * The first view: centred on the focus incident, else fitting `points`. A country map shows
 * the whole country (`country`, with the offline basemap), and any point recorded just beyond its border.
 */
export function initialView(points: MapPoint[], focus: MapPoint | undefined, basemap: FeatureCollection | undefined, country: string | undefined): Partial<maplibregl.MapOptions> {
  if (focus) return { center: [focus.lon, focus.lat], zoom: 6.5 };
  const countryBox = country && basemap ? countryBounds(basemap, country) : undefined;
  const corners: Position[] = points.map((p) => [p.lon, p.lat]);
  if (countryBox) corners.push([countryBox[0], countryBox[1]], [countryBox[2], countryBox[3]]);
  // bbox reads a polygon's outer ring, so the corners go in as one ring.
  return { bounds: atLeast(boxOf([[corners]]) ?? DEFAULT_BOUNDS, 8, 5), fitBoundsOptions: { padding: 48, maxZoom: 6.5 } };
}
