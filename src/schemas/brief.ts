/** Schema of a brief: `content/briefs/<id>.mdx`, an editorial analysis written by maintainers. */
import { z } from 'astro/zod';
import { idList, isoDate, line } from './common.ts';
import type { References } from './references.ts';
import { languages } from '../translations/index.ts';

// Briefs go through Astro's glob loader, whose YAML turns an unquoted date into a Date
// (records use our own reader, which keeps text); bring it back to the ISO text the site uses.
const briefDate = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDate);

export const briefSchema = z.strictObject({
  title: line(5, 200),
  description: line(10, 400),
  published: briefDate,
  updated: briefDate.optional(),
  author: line(1, 200).optional(),
  lang: z.enum(languages).default('en').describe('The language the brief is written in (en or fr); its text is not translated, and the pages in the other language say so.'),
  /** Incident ids the brief discusses. */
  incidents: idList.default([]),
  /** Source ids it draws on. */
  sources: idList.default([]),
});
export const briefReferences = [
  ['incidents[]', 'incidents'],
  ['sources[]', 'sources'],
] as const satisfies References;

export type BriefData = z.output<typeof briefSchema>;
