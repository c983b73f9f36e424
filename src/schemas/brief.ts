/** Schema of a brief: `content/briefs/<id>.mdx`, an editorial analysis written by maintainers. */
import { z } from 'astro/zod';
import { idList, isoDate, line } from './common.ts';

export const briefSchema = z.strictObject({
  title: line(5, 200),
  description: line(10, 400),
  published: isoDate,
  updated: isoDate.optional(),
  author: line(1, 200).optional(),
  /** Incident ids the brief discusses. */
  incidents: idList.default([]),
  /** Source ids it draws on. */
  sources: idList.default([]),
});
export type BriefData = z.output<typeof briefSchema>;
