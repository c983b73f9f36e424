/** Schema of a place record: `content/places/<id>.md`, one entry of the record's own gazetteer. */
import { z } from 'astro/zod';
import { countryId, line } from './common.ts';
import { latitude, longitude } from './location.ts';
import type { References } from './references.ts';
import { geoPrecisions } from '../domain/vocabulary.ts';

export const placeSchema = z.strictObject({
  name: line(1, 120).describe('The name in English, as most English-language sources spell it, e.g. Timbuktu.'),
  name_fr: line(1, 120).optional().describe('The name in French where it differs, e.g. Tombouctou.'),
  aliases: z.array(line(1, 120)).default([]).describe('Local and other spellings used by sources; searchable.'),
  country: countryId.describe('Id of the country record: ISO 3166-1 alpha-3 in lower case, e.g. mli.'),
  admin1: line(1, 120).optional().describe('Region (first-level division) as it stands today.'),
  admin2: line(1, 120).optional().describe('District, cercle, province or department (second-level division) as it stands today.'),
  lat: latitude.describe('Latitude in decimal degrees, -90 to 90.'),
  lon: longitude.describe('Longitude in decimal degrees, -180 to 180; the point must fall inside the country.'),
  precision: z.enum(geoPrecisions).describe('What the point stands for: exact (a site such as a base), town, district, region or country (a seat standing for the whole unit).'),
  coordinates_source: line(3, 400).describe('Where the coordinates come from: a gazetteer entry (e.g. "GeoNames 2449183"), coordinates a source states, or "placed at X because …".'),
});
export const placeReferences = [['country', 'countries']] as const satisfies References;

export type PlaceData = z.output<typeof placeSchema>;
