/**
 * `npm run find-place -- <name> --country <iso3>` prints what the offline gazetteers know of a
 * place: every match (records first, then GeoNames towns) with its point and regions, or the
 * nearest spellings. For writing place records (content/places/) without guessing coordinates.
 */
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { lookupPlace, recordPlaces } from '../src/records/gazetteer.ts';

// A CommonJS package whose functions Node cannot import by name.
const { alpha3ToAlpha2 } = createRequire(import.meta.url)('i18n-iso-countries') as typeof import('i18n-iso-countries');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { country: { type: 'string' }, root: { type: 'string' } } });
const iso2 = values.country ? alpha3ToAlpha2(values.country.toUpperCase()) : undefined;
if (positionals.length === 0 || !iso2) {
  console.error('Usage: npm run find-place -- <name> --country <iso3>   (e.g. npm run find-place -- Boulkessi --country mli)');
  process.exit(1);
}
const name = positionals.join(' ');
// The records' own points first (they may be rough: check their precision), then GeoNames alone.
const inRecords = lookupPlace(name, iso2, recordPlaces(values.root ?? process.cwd(), (c) => alpha3ToAlpha2(c.toUpperCase())));
const geonames = lookupPlace(name, iso2);
const shown = [inRecords.place, ...inRecords.homonyms].filter((p) => p?.origin === 'records');
shown.push(...[geonames.place, ...geonames.homonyms].filter((p) => p !== undefined));
if (shown.length === 0) {
  console.log(`No place of that spelling in ${values.country}. Nearest spellings: ${geonames.suggestions.map((s) => s.spelling).join(', ') || 'none'}`);
  process.exit(2);
}
for (const p of shown) {
  if (!p) continue;
  const from = p.origin === 'records' ? `in the records (precision ${p.precision})` : 'GeoNames';
  console.log(`${p.name}: lat ${p.lat}, lon ${p.lon}; admin1 ${p.admin1 ?? '?'}; admin2 ${p.admin2 ?? '?'}; ${from}${p.population ? `; population ${p.population}` : ''}; spellings: ${p.spellings.slice(0, 6).join(', ')}`);
}
