/** Every record collection: its folder under `content/`, file extension, schema and the fields that name other records. */
import { actorReferences, actorSchema } from './actor.ts';
import { areaReferences, areaSchema } from './area.ts';
import { briefReferences, briefSchema } from './brief.ts';
import { countrySchema } from './country.ts';
import { incidentReferences, incidentSchema } from './incident.ts';
import { placeReferences, placeSchema } from './place.ts';
import type { References } from './references.ts';
import { sourceSchema } from './source.ts';

export const collections = {
  // Places come first: incidents take their location from them before validation.
  places: { dir: 'places', ext: '.md', schema: placeSchema, references: placeReferences as References },
  incidents: { dir: 'incidents', ext: '.md', schema: incidentSchema, references: incidentReferences as References },
  actors: { dir: 'actors', ext: '.md', schema: actorSchema, references: actorReferences as References },
  countries: { dir: 'countries', ext: '.md', schema: countrySchema, references: [] as References },
  sources: { dir: 'sources', ext: '.md', schema: sourceSchema, references: [] as References },
  areas: { dir: 'areas', ext: '.md', schema: areaSchema, references: areaReferences as References },
  briefs: { dir: 'briefs', ext: '.mdx', schema: briefSchema, references: briefReferences as References },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
