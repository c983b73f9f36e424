/** Where an incident happened: written inline, or taken from a place of the gazetteer (`content/places/`). */
import { z } from 'astro/zod';
import { countryId, line, recordId } from './common.ts';
import { geoPrecisions } from '../domain/vocabulary.ts';


const between = (min: number, max: number) => {
  const error = `expected a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};
export const latitude = between(-90, 90);
export const longitude = between(-180, 180);

/**
 * With `place`, every other field defaults to the place record's (validation fills them in
 * before this schema runs), and a field written here overrides it for this incident.
 */
export const locationSchema = z.strictObject({
  place: recordId.optional().describe('Id of a place record (content/places/) to take the name, spellings, regions, point and precision from; the fields below, when written, override it.'),
  name: line(1, 120).describe('The place as most sources spell it.'),
  name_fr: line(1, 120).optional().describe('The name in French where it differs (Tombouctou); taken from the place record unless `name` is written here.'),
  aliases: z.array(line(1, 120)).default([]).describe('Other spellings used by sources; searchable.'),
  admin1: line(1, 120).optional().describe('Region: the first-level administrative division (optional but expected).'),
  admin2: line(1, 120).optional().describe('District or province: the second-level division.'),
  country: countryId.describe('Id of the country record: ISO 3166-1 alpha-3 in lower case, e.g. mli.'),
  lat: latitude.describe('Latitude in decimal degrees, -90 to 90.'),
  lon: longitude.describe('Longitude in decimal degrees, -180 to 180; the point must fall inside the country.'),
  precision: z.enum(geoPrecisions).describe('How exactly the point is known: exact (the site itself), town, district, region or country.'),
});
export type LocationData = z.output<typeof locationSchema>;
