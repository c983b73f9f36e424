/**
 * Areas of reach for the maps (`/map/areas.json`): every area record with its actor's label,
 * its date, its sources and a label point inside the shape. The maps draw the areas a page
 * asks for; the page itself lists them (dates and source links) as text.
 */
import { words, type Lang } from '../translations/index.ts';
import isoCountries from 'i18n-iso-countries';
import polylabel from 'polylabel';
import type { Geometry, MultiPolygon } from 'geojson';
import type { RecordIndex } from '../records/record-index.ts';
import { drawnFrom, type AreaData } from '../schemas/area.ts';
import type { MapArea } from '../domain/map-areas.ts';
import { polygonsOf } from '../domain/polygons.ts';
import { overlaps } from '../domain/overlap.ts';
import { unionOf } from './admin1.ts';
import { countryPolygons } from './country-shapes.ts';
import { simplify } from './simplify.ts';
import type { PolygonRings } from '../domain/geo.ts';

export type { MapArea };

function ringArea(ring: number[][]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(a / 2);
}

/**
 * Positions rounded to 0.01° (about 1 km, finer than the boundary data's own generalisation),
 * repeats dropped, so whole-country zones stay small in `/map/areas.json`.
 */
function rounded(rings: number[][][]): number[][][] {
  const r = (v: number) => Math.round(v * 100) / 100;
  return rings.map((ring) => ring.map(([x, y]) => [r(x), r(y)]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]));
}

/** The zone's shape: the union of its units, country by country, or its own geometry. */
export function areaGeometry(a: Pick<AreaData, 'units' | 'geometry'>): Geometry {
  if (!a.units) return a.geometry as Geometry;
  // Each country's units are merged in their own topology; countries sit side by side.
  const coordinates = a.units.flatMap((u) => unionOf(u.country, u.whole ? 'whole' : u.admin1!, u.except).coordinates).map(rounded);
  return { type: 'MultiPolygon', coordinates } satisfies MultiPolygon;
}

/**
 * Whether a zone reaches into a country (ISO3): its shape overlaps the country's land by more
 * than a border sliver. A zone described only in words has no shape: it counts for the country
 * its regions' text is about, the first one it names ("Burkina Faso's borderlands near Niger
 * and Mali" is about Burkina Faso; "northern Nigeria" is not about Niger).
 */
export function areaTouchesCountry(a: AreaData, iso3: string): boolean {
  if (drawnFrom(a) === 'described') return a.regions.some((r) => firstCountryNamed(r) === iso3);
  // Pages in every language ask the same question of the same record: answer it once.
  const known = touching.get(a) ?? new Map<string, boolean>();
  touching.set(a, known);
  let yes = known.get(iso3);
  if (yes === undefined) {
    yes = overlaps(coarsePolygons(polygonsOf(areaGeometry(a))), coarsePolygons(countryPolygons(iso3)));
    known.set(iso3, yes);
  }
  return yes;
}

/** The country (ISO3) whose English name comes first in a text, as a whole word. */
function firstCountryNamed(text: string): string | undefined {
  let best: { at: number; iso3: string } | undefined;
  for (const [alpha2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const m = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(text);
      if (m && (!best || m.index < best.at)) best = { at: m.index, iso3: isoCountries.alpha2ToAlpha3(alpha2)!.toLowerCase() };
    }
  }
  return best?.iso3;
}

const touching = new WeakMap<AreaData, Map<string, boolean>>();

/** Polygons simplified to 0.02° (about 2 km: slivers stay slivers at the 5 km margin of `overlaps`), so the test stays fast. */
function coarsePolygons(polys: PolygonRings[]): PolygonRings[] {
  return polys.map((rings) => rings.map((ring) => simplify(ring, 0.02)).filter((ring) => ring.length >= 4));
}

export function buildMapAreas(records: Pick<RecordIndex, 'areas' | 'actorLabel' | 'source'>): MapArea[] {
  return [...records.areas]
    // An area described only in words has no shape to draw; pages list it as text.
    .filter((a) => drawnFrom(a.data) !== 'described')
    .sort((a, b) => (a.data.as_of < b.data.as_of ? -1 : a.data.as_of > b.data.as_of ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => {
      const g = areaGeometry(a.data);
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
        geometry: g,
        labelAt: [Math.round(at[0] * 1e4) / 1e4, Math.round(at[1] * 1e4) / 1e4],
      };
    });
}

/** How a zone is drawn, in words ("Shape: …"), for the list beside the map and the actor page. */
export function zoneDrawing(a: AreaData, countryName: (iso3: string) => string, lang: Lang = 'en'): { how: string; sourceWords: string[] } {
  const t = words(lang).mapView;
  const how = drawnFrom(a);
  if (how === 'source-map') return { how: t.shapeSourceMap(a.map_note ?? ''), sourceWords: [] };
  if (how === 'described') return { how: t.shapeDescribed, sourceWords: [] };
  if (how === 'hand-drawn') return { how: t.shapeHandDrawn, sourceWords: [] };
  const parts = a.units!.map((u) =>
    u.whole
      ? `${t.shapeAllOf(countryName(u.country))}${u.except ? t.shapeExcept(u.except.join(', ')) : ''}`
      : `${u.admin1!.join(', ')} (${countryName(u.country)})`,
  );
  return {
    how: t.shapeUnion(parts.join('; ')),
    sourceWords: a.units!.flatMap((u) => (u.source_words ? [`${countryName(u.country)}: ${u.source_words}`] : [])),
  };
}
