/** Schema of a country record: `content/countries/<iso3>.md`. */
import { z } from 'astro/zod';
import { line } from './common.ts';

export const countrySchema = z.strictObject({
  name: line(1, 100).describe('Name in English.'),
  name_fr: line(1, 100).optional().describe('Name in French.'),
});
export type CountryData = z.output<typeof countrySchema>;
