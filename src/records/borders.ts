/**
 * Country borders from Natural Earth (1:50m, through the `world-atlas` package), keyed by
 * ISO 3166-1 alpha-3 in lower case. Used to check that an incident lies in its country.
 * `i18n-iso-countries` maps alpha-3 codes to the numeric codes world-atlas uses as ids.
 */
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PolygonRings } from '../domain/geo.ts';
import { bbox, distanceToEdgesKm, inPolygons } from '../domain/geo.ts';
import { polygonsOf } from '../domain/polygons.ts';

const require = createRequire(import.meta.url);

/** How far outside a border (km) a point may lie: Natural Earth 1:50m lines are generalised. */
export const BORDER_TOLERANCE_KM = 15;

let byNumeric: Map<string, PolygonRings[]> | undefined;

function polygonsByNumericId(): Map<string, PolygonRings[]> {
  if (byNumeric) return byNumeric;
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  byNumeric = new Map();
  for (const f of fc.features) {
    if (f.id === undefined || !f.geometry) continue;
    byNumeric.set(String(f.id), polygonsOf(f.geometry));
  }
  return byNumeric;
}

/** The polygons of a country, or undefined when Natural Earth has no shape for that code. */
export function countryPolygons(iso3: string): PolygonRings[] | undefined {
  const numeric = isoCountries.alpha3ToNumeric(iso3.toUpperCase());
  return numeric ? polygonsByNumericId().get(numeric) : undefined;
}

export type CountryCheck = { ok: true } | { ok: false; distanceKm: number } | { ok: 'unknown-country' };

/** Whether a point lies in the country, allowing BORDER_TOLERANCE_KM outside its border. */
export function checkPointInCountry(iso3: string, lat: number, lon: number): CountryCheck {
  const polys = countryPolygons(iso3);
  if (!polys) return { ok: 'unknown-country' };
  if (inPolygons(lon, lat, polys)) return { ok: true };
  // Cheap reject before measuring distance to every edge: more than ~1° outside the box.
  const [w, s, e, n] = bbox(polys);
  if (lon < w - 1 || lon > e + 1 || lat < s - 1 || lat > n + 1) return { ok: false, distanceKm: Infinity };
  const d = distanceToEdgesKm(lon, lat, polys);
  return d <= BORDER_TOLERANCE_KM ? { ok: true } : { ok: false, distanceKm: d };
}
