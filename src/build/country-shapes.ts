/**
 * A country's land as polygons (Natural Earth 1:50m from `world-atlas`, the basemap's own
 * countries), for build-time tests of what lies in a country. Read once per build.
 */
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PolygonRings } from '../domain/geo.ts';
import { polygonsOf } from '../domain/polygons.ts';

const require = createRequire(import.meta.url);
let byIso3: Map<string, PolygonRings[]> | undefined;

/** The country's polygons (ISO3, lower case); empty for a country the data does not have. */
export function countryPolygons(iso3: string): PolygonRings[] {
  if (!byIso3) {
    const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
    byIso3 = new Map();
    for (const f of feature(topo, topo.objects.countries).features) {
      const code = f.id !== undefined ? isoCountries.numericToAlpha3(String(f.id))?.toLowerCase() : undefined;
      if (code && f.geometry) byIso3.set(code, polygonsOf(f.geometry));
    }
  }
  return byIso3.get(iso3) ?? [];
}
