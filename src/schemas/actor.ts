/** Schema of an actor record: `content/actors/<id>.md`. */
import { z } from 'astro/zod';
import { idList, line, partialDate, recordId } from './common.ts';
import { actorKinds, relations } from '../domain/vocabulary.ts';
import type { References } from './references.ts';


export const actorSchema = z.strictObject({
  name: line(1, 200).describe('Full name.'),
  short_name: line(1, 60).optional().describe('Short name or acronym shown in lists, e.g. JNIM.'),
  aliases: z.array(line(1, 200)).default([]).describe('Other names; searchable.'),
  kind: z.enum(actorKinds).describe('What kind of actor it is.'),
  affiliations: z
    .array(z.strictObject({
      actor: recordId.describe('Id of the other actor.'),
      relation: z.enum(relations).describe('How this actor relates to it.'),
    }))
    .default([])
    .describe('Links to other actors.'),
  founded: partialDate.optional().describe('When it was founded: YYYY, YYYY-MM or YYYY-MM-DD.'),
  countries: idList.default([]).describe('Country ids where it is active.'),
});
export const actorReferences = [
  ['affiliations[].actor', 'actors'],
  ['countries[]', 'countries'],
] as const satisfies References;

export type ActorData = z.output<typeof actorSchema>;
