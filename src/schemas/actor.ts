/** Schema of an actor record: `content/actors/<id>.md`. */
import { z } from 'astro/zod';
import { idList, line, partialDate, recordId } from './common.ts';

export const actorKinds = ['jihadist', 'separatist', 'state-force', 'militia', 'foreign-force', 'criminal', 'other'] as const;
export const relations = ['affiliate-of', 'member-of', 'allied-with', 'split-from', 'supported-by'] as const;

export const actorSchema = z.strictObject({
  name: line(1, 200),
  short_name: line(1, 60).optional(),
  /** Other names; searchable. */
  aliases: z.array(line(1, 200)).default([]),
  kind: z.enum(actorKinds),
  affiliations: z
    .array(z.strictObject({ actor: recordId, relation: z.enum(relations) }))
    .default([]),
  /** ISO date or year. */
  founded: partialDate.optional(),
  /** Country ids where it is active. */
  countries: idList.default([]),
});
export type ActorData = z.output<typeof actorSchema>;
