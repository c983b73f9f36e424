/** Schema of a source record: `content/sources/<id>.md`. */
import { z } from 'astro/zod';
import { httpUrl, line, partialDate } from './common.ts';
import { sourceKinds } from '../domain/vocabulary.ts';


export const sourceSchema = z.strictObject({
  title: line(1, 300).describe('Title of the report, article, dataset or statement.'),
  publisher: line(1, 200).describe('Who published it.'),
  author: line(1, 200).optional().describe('Author(s), when named.'),
  published: partialDate.describe('Publication date: YYYY, YYYY-MM or YYYY-MM-DD.'),
  url: httpUrl.optional().describe('Where to read it; http(s) only.'),
  kind: z.enum(sourceKinds).describe('What kind of source it is.'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "en"' }).optional().describe('Language tag (BCP 47) such as en or fr.'),
});
export type SourceData = z.output<typeof sourceSchema>;
