/**
 * Content collections. Schemas live in `src/schemas/` as plain modules so that tests and
 * `npm run validate` use them without a build. References between records are plain ids,
 * checked by the validator (which the build runs first), not with `reference()`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { areaSchema } from './schemas/area.ts';
import { briefSchema } from './schemas/brief.ts';
import { countrySchema } from './schemas/country.ts';
import { incidentSchema } from './schemas/incident.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { recordsLoader } from './records/loader.ts';

export const collections = {
  places: defineCollection({ loader: recordsLoader('places'), schema: placeSchema }),
  incidents: defineCollection({ loader: recordsLoader('incidents'), schema: incidentSchema }),
  actors: defineCollection({ loader: recordsLoader('actors'), schema: actorSchema }),
  countries: defineCollection({ loader: recordsLoader('countries'), schema: countrySchema }),
  sources: defineCollection({ loader: recordsLoader('sources'), schema: sourceSchema }),
  areas: defineCollection({ loader: recordsLoader('areas'), schema: areaSchema }),
  // Briefs are written by maintainers in MDX and rendered by Astro; records from strangers never are.
  briefs: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/briefs' }), schema: briefSchema }),
};
