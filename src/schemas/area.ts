/** Schema of an area record: `content/areas/<id>.md`, where an actor operates or holds ground. */
import { z } from 'astro/zod';
import { idList, isoDate, line, recordId } from './common.ts';
import { areaKinds } from '../domain/vocabulary.ts';
import type { References } from './references.ts';


const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: 'expected a [longitude, latitude] pair',
  });
/** A closed ring of at least four positions whose last equals its first. */
const ring = z
  .array(position)
  .min(4, { error: 'expected a ring of at least 4 positions' })
  .refine((r) => r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1], { error: 'expected a closed ring (last position equal to the first)' });

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
], { error: 'expected a GeoJSON Polygon or MultiPolygon' });

export const areaSchema = z.strictObject({
  actor: recordId.describe('Id of the actor whose reach this is.'),
  as_of: isoDate.describe('The date the area describes, YYYY-MM-DD.'),
  kind: z.enum(areaKinds).describe('control (holds ground), operations (acts there) or presence (is reported there).'),
  geometry: geometrySchema.describe('GeoJSON Polygon or MultiPolygon, positions as [longitude, latitude]; draw it coarsely, e.g. on geojson.io.'),
  regions: z.array(line(1, 120)).default([]).describe('Admin1 regions it covers, as text.'),
  sources: idList.pipe(z.array(recordId).min(1, { error: 'expected at least one source id' })).describe('Ids of the sources that describe it; at least one.'),
});
export const areaReferences = [
  ['actor', 'actors'],
  ['sources[]', 'sources'],
] as const satisfies References;

export type AreaData = z.output<typeof areaSchema>;
