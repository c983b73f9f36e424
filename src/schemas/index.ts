/** Every record collection: its folder under `content/`, file extension and schema. */
import { actorSchema } from './actor.ts';
import { areaSchema } from './area.ts';
import { briefSchema } from './brief.ts';
import { countrySchema } from './country.ts';
import { incidentSchema } from './incident.ts';
import { placeSchema } from './place.ts';
import { sourceSchema } from './source.ts';

export const collections = {
  // Places come first: incidents take their location from them before validation.
  places: { dir: 'places', ext: '.md', schema: placeSchema },
  incidents: { dir: 'incidents', ext: '.md', schema: incidentSchema },
  actors: { dir: 'actors', ext: '.md', schema: actorSchema },
  countries: { dir: 'countries', ext: '.md', schema: countrySchema },
  sources: { dir: 'sources', ext: '.md', schema: sourceSchema },
  areas: { dir: 'areas', ext: '.md', schema: areaSchema },
  briefs: { dir: 'briefs', ext: '.mdx', schema: briefSchema },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
