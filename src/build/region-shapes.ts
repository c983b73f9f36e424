/**
 * Shapes of first-level regions as small SVG paths, for the build-time choropleth of the
 * regional comparison (`components/RegionComparison.astro`). A region is what the boundary
 * data draws as one (a unit, or for Burkina Faso a region made of its provinces, merged with
 * topojson's `merge`); the record's own region names are matched to them here, so a name the
 * data lacks (Mali's regions created in 2023) is reported, not guessed.
 *
 * Shapes are projected (equirectangular, scaled by the cosine of the middle latitude), rounded
 * to whole units of a view 600 units on its longer side, simplified (Douglas-Peucker) and stripped of tiny rings, so a country's map
 * weighs a few KB.
 */
import { simplify } from './simplify.ts';
import { merge } from 'topojson-client';
import type { MultiPolygon, Position } from 'geojson';
import { admin1Data, nameOf, regionsOf, unitsOf } from '../records/admin1.ts';
import { regionId } from '../domain/regions.ts';
import { fold } from '../domain/text.ts';

/** Record spellings that differ from the boundary data's beyond case, accents and "State". */
const aliases: Record<string, Record<string, string>> = {
  mli: { tombouctou: 'Timbuktu' },
  nga: { fct: 'Federal Capital Territory', abuja: 'Federal Capital Territory' },
};

const key = (s: string) => fold(s).replace(/\s+state$/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The regions the boundary data can draw for a country: each with the units it is made of. */
function drawable(country: string): Map<string, string[]> {
  const regions = regionsOf(country);
  if (regions.size) return regions;
  return new Map(unitsOf(country).map((u) => [u, [u]]));
}

/** The boundary region a record's region name stands for, or undefined when the data lacks it. */
export function matchRegion(country: string, name: string): string | undefined {
  const regions = [...drawable(country).keys()];
  const wanted = key(aliases[country]?.[key(name)] ?? name);
  return regions.find((r) => key(r) === wanted);
}

export interface RegionShape {
  country: string;
  /** The boundary data's name. */
  name: string;
  /** The region ids (`regionId`) this shape draws: the record's names that match it, or its own name's id. */
  ids: string[];
  /** SVG path data in view units. */
  d: string;
}

export interface RegionMap {
  width: number;
  height: number;
  shapes: RegionShape[];
  /** Each country's outline, drawn over the regions. */
  outlines: { country: string; d: string }[];
}

/** The longer side of the view. */
const SIZE = 600;
/** Douglas-Peucker tolerance (view units): a point nearer than this to the simplified line is dropped. */
const TOLERANCE = 1.2;
/** Rings smaller than this (square view units) are dropped. */
const MIN_AREA = 6;

function ringArea(r: number[][]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return Math.abs(a / 2);
}

/** Path data of a multipolygon: each ring simplified, rounded and written as relative moves. */
function pathOf(geom: MultiPolygon, project: (p: Position) => number[]): string {
  const parts: string[] = [];
  for (const polygon of geom.coordinates) {
    for (const ring of polygon) {
      const pts = simplify(ring.map((p) => project(p) as [number, number]), TOLERANCE).map((p) => p.map(Math.round));
      if (pts.length < 3 || ringArea(pts) < MIN_AREA) continue;
      let s = `M${pts[0][0]} ${pts[0][1]}`;
      for (let i = 1; i < pts.length; i++) {
        const dx = pts[i][0] - pts[i - 1][0];
        const dy = pts[i][1] - pts[i - 1][1];
        if (dx || dy) s += `l${dx} ${dy}`;
      }
      parts.push(`${s}z`);
    }
  }
  return parts.join('');
}

const cache = new Map<string, RegionMap>();

/**
 * The map of the regions of some countries. `recordNames` are the region names the records
 * use in each country (`country` → names), so each shape carries the ids the counts use.
 */
export function regionMap(countries: readonly string[], recordNames: (country: string) => Iterable<string>): RegionMap {
  const cacheKey = countries.join(' ');
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const data = admin1Data().countries;
  const geoms: { country: string; name: string; geom: MultiPolygon }[] = [];
  const outlines: { country: string; geom: MultiPolygon }[] = [];
  for (const country of countries) {
    const topo = data[country];
    if (!topo) continue;
    const all = topo.objects.units.geometries;
    for (const [name, units] of drawable(country)) {
      const geom = merge(topo, all.filter((g) => units.includes(nameOf(g)!)) as Parameters<typeof merge>[1]);
      geoms.push({ country, name, geom });
    }
    outlines.push({ country, geom: merge(topo, all as Parameters<typeof merge>[1]) });
  }
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geom } of outlines) {
    for (const [x, y] of geom.coordinates.flat(2)) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (!outlines.length) return { width: SIZE, height: SIZE, shapes: [], outlines: [] };
  const cos = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  // The longer side is SIZE units, so a tall country (Togo) is no taller than a wide one is wide.
  const scale = SIZE / Math.max((maxX - minX) * cos, maxY - minY);
  const project = ([x, y]: Position) => [(x - minX) * cos * scale, (maxY - y) * scale];
  const ids = new Map<string, string[]>();
  for (const country of countries) {
    for (const n of new Set(recordNames(country))) {
      const m = matchRegion(country, n);
      if (m) ids.set(`${country} ${m}`, [...(ids.get(`${country} ${m}`) ?? []), regionId(country, n)]);
    }
  }
  const map: RegionMap = {
    width: Math.ceil((maxX - minX) * cos * scale),
    height: Math.ceil((maxY - minY) * scale),
    shapes: geoms.map(({ country, name, geom }) => ({
      country,
      name,
      ids: ids.get(`${country} ${name}`) ?? [regionId(country, name)],
      d: pathOf(geom, project),
    })),
    outlines: outlines.map(({ country, geom }) => ({ country, d: pathOf(geom, project) })),
  };
  cache.set(cacheKey, map);
  return map;
}
