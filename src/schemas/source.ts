/** Schema of a source record: `content/sources/<id>.md`. */
import { z } from 'astro/zod';
import { httpUrl, line, partialDate } from './common.ts';

export const sourceKinds = ['news', 'analysis', 'ngo-report', 'official-statement', 'group-media', 'dataset', 'social-media'] as const;

export const sourceSchema = z.strictObject({
  title: line(1, 300),
  publisher: line(1, 200),
  author: line(1, 200).optional(),
  /** ISO date or year-month. */
  published: partialDate,
  /** http(s) only. */
  url: httpUrl.optional(),
  kind: z.enum(sourceKinds),
  /** BCP 47 tag such as `en` or `fr`. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "en"' }).optional(),
});
export type SourceData = z.output<typeof sourceSchema>;
